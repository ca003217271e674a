package org.broadsheet.accounts;

import java.util.Date;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Remember-me series and tokens in the {@code remember_me_token} table (times as epoch millis,
 * like every other table), so a remembered browser survives restarts and works on every node.
 */
@Component
class RememberMeTokens implements PersistentTokenRepository {

    private final JdbcClient jdbc;

    RememberMeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        jdbc.sql("""
                INSERT INTO remember_me_token (series, email, token_value, last_used)
                VALUES (:series, :email, :token, :lastUsed)
                """)
                .param("series", token.getSeries()).param("email", token.getUsername())
                .param("token", token.getTokenValue()).param("lastUsed", token.getDate().getTime())
                .update();
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        jdbc.sql("UPDATE remember_me_token SET token_value = :token, last_used = :lastUsed WHERE series = :series")
                .param("token", tokenValue).param("lastUsed", lastUsed.getTime()).param("series", series)
                .update();
    }

    @Override
    public PersistentRememberMeToken getTokenForSeries(String seriesId) {
        return jdbc.sql("SELECT series, email, token_value, last_used FROM remember_me_token WHERE series = :series")
                .param("series", seriesId)
                .query((rs, n) -> new PersistentRememberMeToken(rs.getString("email"), rs.getString("series"),
                        rs.getString("token_value"), new Date(rs.getLong("last_used"))))
                .optional().orElse(null);
    }

    @Override
    public void removeUserTokens(String username) {
        jdbc.sql("DELETE FROM remember_me_token WHERE email = :email").param("email", username).update();
    }
}
