package org.broadsheet.accounts;

/**
 * The first-administrator form at {@code /setup}.
 *
 * @param error why the last attempt was refused, or null
 */
public record SetupPage(AccountPages.Frame frame, String email, String displayName, String error) {
}
