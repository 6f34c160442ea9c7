package org.bluelamp.staff;

import org.bluelamp.staff.factors.RecoveryCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Each account's ten recovery codes, kept only as hashes; each can be used once. */
@Repository
class RecoveryCodeStore {

    private final JdbcClient jdbc;
    private final RecoveryCodes codes = new RecoveryCodes();
    private final SecureRandom random = new SecureRandom();

    RecoveryCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** New codes for the account, replacing any it had; the codes themselves are shown once and never kept. */
    List<String> renew(String username) {
        var fresh = codes.generate(random);
        jdbc.sql("DELETE FROM staff_recovery_code WHERE username = :u").param("u", username).update();
        for (String code : fresh) {
            jdbc.sql("INSERT INTO staff_recovery_code (username, code_hash) VALUES (:u, :h)")
                    .param("u", username).param("h", RecoveryCodes.hash(username, RecoveryCodes.normalise(code)))
                    .update();
        }
        return fresh;
    }

    /** Uses the code up if it is one of the account's and has not been used. */
    boolean use(String username, String typed, Instant now) {
        return jdbc.sql("""
                        UPDATE staff_recovery_code SET used_at = :now
                        WHERE username = :u AND code_hash = :h AND used_at IS NULL""")
                .param("now", Timestamp.from(now)).param("u", username)
                .param("h", RecoveryCodes.hash(username, RecoveryCodes.normalise(typed))).update() == 1;
    }

    int unused(String username) {
        return jdbc.sql("SELECT count(*) FROM staff_recovery_code WHERE username = :u AND used_at IS NULL")
                .param("u", username).query(Integer.class).single();
    }

    void removeAll(String username) {
        jdbc.sql("DELETE FROM staff_recovery_code WHERE username = :u").param("u", username).update();
    }
}
