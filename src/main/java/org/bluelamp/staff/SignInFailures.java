package org.bluelamp.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Failed sign-in attempts, by account key (an HMAC of the username) and by client address. */
@Repository
class SignInFailures {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInFailures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(byte[] accountKey, String address, Instant at) {
        jdbc.sql("INSERT INTO sign_in_failure (account_key, address, failed_at) VALUES (:key, :address, :at)")
                .param("key", accountKey).param("address", address).param("at", Timestamp.from(at)).update();
    }

    /** The account's failures since then, oldest first. */
    List<Instant> ofAccount(byte[] accountKey, Instant since) {
        return jdbc.sql("""
                        SELECT failed_at FROM sign_in_failure
                        WHERE account_key = :key AND failed_at > :since ORDER BY failed_at""")
                .param("key", accountKey).param("since", Timestamp.from(since))
                .query((rs, row) -> rs.getTimestamp("failed_at").toInstant()).list();
    }

    int ofAddress(String address, Instant since) {
        return jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE address = :address AND failed_at > :since")
                .param("address", address).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Forgives the account its failures; they still count against the addresses they came from. */
    void forgive(byte[] accountKey) {
        jdbc.sql("UPDATE sign_in_failure SET account_key = NULL WHERE account_key = :key")
                .param("key", accountKey).update();
    }

    /** Run once an hour on one instance by {@link SignInFailuresSweep}. */
    void purge() {
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(SignInProperties.KEPT_FOR))).update();
    }
}
