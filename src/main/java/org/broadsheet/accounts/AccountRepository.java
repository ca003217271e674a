package org.broadsheet.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account} table. E-mail addresses are stored lower-cased. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Credentials(Account account, String passwordHash) {
    }

    long insert(String email, String displayName, String passwordHash, Role role, long now) {
        return jdbc.sql("""
                INSERT INTO account (email, display_name, password_hash, role, disabled, created_at, updated_at)
                VALUES (:email, :displayName, :hash, :role, FALSE, :now, :now)
                RETURNING id
                """)
                .param("email", email).param("displayName", displayName).param("hash", passwordHash)
                .param("role", role.key()).param("now", now)
                .query(Long.class).single();
    }

    Optional<Credentials> credentialsByEmail(String email) {
        return jdbc.sql("""
                SELECT id, email, display_name, role, disabled, created_at, updated_at, password_hash
                FROM account WHERE email = :email
                """)
                .param("email", email)
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash"))).optional();
    }

    Optional<Credentials> credentialsById(long id) {
        return jdbc.sql("""
                SELECT id, email, display_name, role, disabled, created_at, updated_at, password_hash
                FROM account WHERE id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash"))).optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    void updatePassword(long id, String passwordHash, long now) {
        jdbc.sql("UPDATE account SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .param("hash", passwordHash).param("now", now).param("id", id).update();
    }

    void updateDisplayName(long id, String displayName, long now) {
        jdbc.sql("UPDATE account SET display_name = :name, updated_at = :now WHERE id = :id")
                .param("name", displayName).param("now", now).param("id", id).update();
    }

    java.util.List<Account> list(int limit, int offset) {
        return jdbc.sql("""
                SELECT id, email, display_name, role, disabled, created_at, updated_at FROM account
                ORDER BY display_name, id LIMIT :limit OFFSET :offset
                """).param("limit", limit).param("offset", offset).query((rs, n) -> account(rs)).list();
    }

    long countActive(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE role = :role AND disabled = FALSE")
                .param("role", role.key()).query(Long.class).single();
    }

    void updateRole(long id, Role role, long now) {
        jdbc.sql("UPDATE account SET role = :role, updated_at = :now WHERE id = :id")
                .param("role", role.key()).param("now", now).param("id", id).update();
    }

    void updateDisabled(long id, boolean disabled, long now) {
        jdbc.sql("UPDATE account SET disabled = :disabled, updated_at = :now WHERE id = :id")
                .param("disabled", disabled).param("now", now).param("id", id).update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.fromKey(rs.getString("role")), rs.getBoolean("disabled"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
