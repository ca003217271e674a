package org.broadsheet.accounts;

/** View models of the two password reset pages. */
public final class PasswordResetPages {

    private PasswordResetPages() {
    }

    /** "Lost your password?": the form for the e-mail address, or the note that a mail is on its way. */
    public record Forgot(AccountPages.Frame frame, boolean sent) {
    }

    /**
     * The form for a new password behind the mailed link.
     *
     * @param valid whether the token can still be used (if not, the page says so and offers a new link)
     * @param error why the last new password was refused, or null
     */
    public record Reset(AccountPages.Frame frame, String token, boolean valid, String error) {
    }
}
