package org.broadsheet.accounts;

/**
 * The full sign-in page (the modal's fallback without JavaScript).
 *
 * @param notice a message about the last attempt, or null
 * @param error  whether the notice reports a problem
 * @param signUpOpen whether readers may create an account (the form links to /signup)
 */
public record SignInPage(AccountPages.Frame frame, String notice, boolean error, String returnTo,
                         boolean signUpOpen) {
}
