package org.broadsheet.newsroom.admin;

import java.util.List;

import org.broadsheet.accounts.Account;
import org.broadsheet.accounts.Role;
import org.broadsheet.newsroom.NewsroomFrame;

/**
 * The accounts, with a role and an on/off switch each, and the invitation form.
 *
 * @param invite what was typed in the invitation form (kept when it was refused)
 */
public record UsersPage(NewsroomFrame frame, List<Account> accounts, int pageNumber, boolean more,
                        InviteForm invite, String notice, String problem) {

    public record InviteForm(String email, String displayName, String role) {

        public static InviteForm empty() {
            return new InviteForm("", "", Role.AUTHOR.key());
        }

        public String emailOrEmpty() {
            return email == null ? "" : email;
        }

        public String displayNameOrEmpty() {
            return displayName == null ? "" : displayName;
        }
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }
}
