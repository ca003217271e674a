package org.broadsheet.accounts;

import java.time.Instant;

/** A person who can sign in. The password hash never leaves {@link AccountRepository}. */
public record Account(long id, String email, String displayName, Role role, boolean disabled,
                      Instant createdAt, Instant updatedAt) {

    public boolean can(Capability capability) {
        return !disabled && role.can(capability);
    }
}
