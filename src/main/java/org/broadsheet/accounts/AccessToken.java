package org.broadsheet.accounts;

import java.time.Instant;

/** A personal access token for the Admin API, as listed (the secret itself is never kept). */
public record AccessToken(long id, long accountId, String accountEmail, String name, Instant createdAt,
                          Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
