package org.bluelamp.staff;

import org.bluelamp.platform.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time links for a new member of staff to choose their password. Only the token's hash is kept, so the
 * database alone cannot be used to take over an account; a link works once, and for a week.
 */
@Repository
class SetUpLinks {

    static final Duration LIFETIME = Duration.ofDays(7);

    private final JdbcClient jdbc;

    SetUpLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link's token for the account; any earlier unused link of the account stops working. */
    String issue(String username, Instant now) {
        String token = SecretTokens.newToken();
        jdbc.sql("DELETE FROM staff_set_up_link WHERE username = :u AND used_at IS NULL").param("u", username).update();
        jdbc.sql("INSERT INTO staff_set_up_link (token_hash, username, expires_at) VALUES (:h, :u, :expires)")
                .param("h", SecretTokens.hash(token)).param("u", username).param("expires", Timestamp.from(now.plus(LIFETIME)))
                .update();
        return token;
    }

    /** The account the link is for, if it is still good. */
    Optional<String> accountFor(String token, Instant now) {
        return jdbc.sql("""
                        SELECT username FROM staff_set_up_link
                        WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now""")
                .param("h", SecretTokens.hash(token)).param("now", Timestamp.from(now)).query(String.class).optional();
    }

    /** Uses the link up; false if it was used (or went out of date) in the meantime. */
    boolean use(String token, Instant now) {
        return jdbc.sql("""
                        UPDATE staff_set_up_link SET used_at = :now
                        WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now""")
                .param("h", SecretTokens.hash(token)).param("now", Timestamp.from(now)).update() == 1;
    }

}
