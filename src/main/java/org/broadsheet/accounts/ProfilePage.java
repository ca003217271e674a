package org.broadsheet.accounts;

/**
 * {@code /account}: one's own name and password.
 *
 * @param notice what was saved, or why it was not (see {@code error}), or null
 */
public record ProfilePage(AccountPages.Frame frame, Account account, String notice, boolean error) {
}
