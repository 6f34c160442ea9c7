package org.bluelamp;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.staff.factors.SecretSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Staff accounts made straight in the database (as one admin may: a new account is not a takeover, so no second
 * admin's approval), each with a work email and an authenticator app already set up, and signing in with
 * them as a person does: the password, then the code the app would show. A new account for each sign-in, because a
 * code is accepted only once.
 */
@Component
public class StaffAccountsForTests {

    public static final String PASSWORD = "violet kettle harbour 42";
    // Hashing once keeps tests fast: every account made here has this password.
    private static final String PASSWORD_HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

    public record Account(String username, byte[] secret) {

        /** The code the app shows at this moment. */
        public String code() {
            return codeAt(Instant.now());
        }

        public String codeAt(Instant when) {
            try {
                var hotp = new HmacOneTimePasswordGenerator(6);
                return "%06d".formatted(hotp.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"),
                        Math.floorDiv(when.getEpochSecond(), 30)));
            } catch (InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final JdbcClient jdbc;
    private final SecretSeal seal;
    private final SecureRandom random = new SecureRandom();

    public StaffAccountsForTests(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** A new account with these roles and a confirmed authenticator app. */
    public Account create(StaffRole... roles) {
        return create(null, roles);
    }

    public Account create(String team, StaffRole... roles) {
        String username = "t." + UUID.randomUUID().toString().substring(0, 8);
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        jdbc.sql("""
                        INSERT INTO staff_account (username, display_name, email, password_hash, roles, team, created_at)
                        VALUES (:u, :name, :email, :hash, CAST(:roles AS text[]), :team, now())""")
                .param("u", username).param("name", "Test " + username).param("email", email(username))
                .param("hash", PASSWORD_HASH)
                .param("roles", Arrays.stream(roles).map(Enum::name).toArray(String[]::new)).param("team", team)
                .update();
        jdbc.sql("""
                        INSERT INTO staff_authenticator (username, secret_sealed, created_at, confirmed_at)
                        VALUES (:u, :sealed, now(), now())""")
                .param("u", username).param("sealed", seal.seal(secret, "totp:" + username)).update();
        return new Account(username, secret);
    }

    /** The work email every account made here has, where changes to it are told. */
    public static String email(String username) {
        return username + "@example.police.uk";
    }

    /** Signs in with both factors; the page the person lands on. */
    public WebSession.Page signIn(WebSession session, Account account) {
        return signIn(session, account, Instant.now());
    }

    /** The same, with the code the app shows at a given moment (for a test that moved the application's clock). */
    public WebSession.Page signIn(WebSession session, Account account, Instant at) {
        session.get("/staff/sign-in");
        var codePage = session.post("/staff/sign-in", "username", account.username(), "password", PASSWORD);
        if (!codePage.pathOnly().equals("/staff/sign-in/code")) {
            throw new IllegalStateException("Expected the code page after the password, got " + codePage.path());
        }
        return session.post("/staff/sign-in/code", "code", account.codeAt(at));
    }

    /** A new account with these roles, signed in with both factors. */
    public Account signedIn(WebSession session, StaffRole... roles) {
        var account = create(roles);
        signIn(session, account);
        return account;
    }
}
