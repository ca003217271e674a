package org.broadsheet.accounts;

import java.util.Map;

/**
 * The reader sign-up page: the form (with what was typed, except the password, and the problems
 * by field), or the note that a mail is on its way.
 */
public record SignUpPage(AccountPages.Frame frame, boolean sent, String displayName, String email,
                         Map<String, String> problems) {

    public String problem(String field) {
        return problems.get(field);
    }
}
