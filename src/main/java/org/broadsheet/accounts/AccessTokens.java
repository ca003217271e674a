package org.broadsheet.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the Admin API ({@code Authorization: Bearer bst_...}). A token acts
 * with its account's role; it is shown once when made and only its SHA-256 is stored. Revoked
 * tokens and tokens of disabled accounts stop working at once.
 */
@Service
public class AccessTokens {

    /** Marks our tokens, so they are easy to recognise in logs and by secret scanners. */
    public static final String PREFIX = "bst_";
    static final int MAX_NAME_LENGTH = 100;
    /** "Last used" is written at most this often per token, not on every request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;

    AccessTokens(JdbcClient jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token, returned with its secret: show it once, it cannot be read again. */
    public record CreatedToken(long id, String token) {
    }

    @Transactional
    public CreatedToken create(long accountId, String name) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Give the token a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("No such account."));
        String token = PREFIX + SecretTokens.newToken();
        long id = jdbc.sql("""
                INSERT INTO access_token (account_id, name, token_hash, created_at)
                VALUES (:accountId, :name, :hash, :now)
                RETURNING id
                """)
                .param("accountId", accountId).param("name", cleanName).param("hash", SecretTokens.hash(token))
                .param("now", clock.millis())
                .query(Long.class).single();
        return new CreatedToken(id, token);
    }

    /** The account a presented token stands for, if the token is known, not revoked and its account enabled. */
    @Transactional
    public Optional<Account> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        record Found(long id, long accountId, Long lastUsedAt) {
        }
        Optional<Found> found = jdbc.sql("""
                SELECT id, account_id, last_used_at FROM access_token
                WHERE token_hash = :hash AND revoked_at IS NULL
                """)
                .param("hash", SecretTokens.hash(token))
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("account_id"),
                        nullableLong(rs, "last_used_at")))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.millis();
        Long lastUsed = found.get().lastUsedAt();
        if (lastUsed == null || now - lastUsed >= LAST_USED_PRECISION.toMillis()) {
            jdbc.sql("UPDATE access_token SET last_used_at = :now WHERE id = :id")
                    .param("now", now).param("id", found.get().id()).update();
        }
        return accounts.find(found.get().accountId()).filter(a -> !a.disabled());
    }

    /** Revokes a token; false when there was no such active token. */
    @Transactional
    public boolean revoke(long tokenId) {
        return jdbc.sql("UPDATE access_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", clock.millis()).param("id", tokenId).update() == 1;
    }

    public Optional<AccessToken> find(long tokenId) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", tokenId).query(AccessTokens::token).optional();
    }

    /** An account's tokens, newest first. */
    public List<AccessToken> ofAccount(long accountId) {
        return jdbc.sql(SELECT + " WHERE t.account_id = :accountId ORDER BY t.created_at DESC, t.id DESC")
                .param("accountId", accountId).query(AccessTokens::token).list();
    }

    /** Everyone's tokens, newest first (for administrators), at most {@code limit}. */
    public List<AccessToken> all(int limit) {
        return jdbc.sql(SELECT + " ORDER BY t.created_at DESC, t.id DESC LIMIT :limit")
                .param("limit", limit).query(AccessTokens::token).list();
    }

    private static final String SELECT = """
            SELECT t.id, t.account_id, a.email, t.name, t.created_at, t.last_used_at, t.revoked_at
            FROM access_token t JOIN account a ON a.id = t.account_id""";

    private static AccessToken token(ResultSet rs, int row) throws SQLException {
        return new AccessToken(rs.getLong("id"), rs.getLong("account_id"), rs.getString("email"), rs.getString("name"),
                Instant.ofEpochMilli(rs.getLong("created_at")), instant(nullableLong(rs, "last_used_at")),
                instant(nullableLong(rs, "revoked_at")));
    }

    /** getObject(column, Long.class) fails on SQL NULL with the SQLite driver. */
    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
