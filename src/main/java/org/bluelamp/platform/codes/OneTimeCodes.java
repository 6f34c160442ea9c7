package org.bluelamp.platform.codes;

import org.bluelamp.platform.Fingerprint;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Codes that prove a person can read the email or texts of the address they gave. The code goes out through the
 * message module ({@link OneTimeCodeIssued}); only its hash is kept. A challenge may be a decoy, made when nothing
 * matched, so that the person sees the same pages either way and learns nothing about whose report is whose.
 */
@Service
@Transactional
public class OneTimeCodes {

    /** Challenges are deleted this long after they expire. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final CodeRules rules;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OneTimeCodes(JdbcClient jdbc, ApplicationEventPublisher events, CodeRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    /** Whom a code goes to: an email address, a phone, or both (then email). */
    public record Recipient(EmailAddress email, UkPhoneNumber phone) {
    }

    /**
     * Starts a challenge and sends its code.
     *
     * @param subject   what passing it opens (a report's or draft's id); null with a null recipient makes a decoy
     * @param recipient where the code goes; null for a decoy, which sends nothing
     */
    public UUID issue(CodePurpose purpose, String subject, Recipient recipient, String reference) {
        var id = UUID.randomUUID();
        var now = clock.instant();
        String code = newCode();
        boolean decoy = subject == null || recipient == null;
        jdbc.sql("""
                        insert into one_time_code (id, purpose, subject, code_hash, recipient_email, recipient_phone,
                            reference, created_at, expires_at, last_sent_at)
                        values (:id, :purpose, :subject, :hash, :email, :phone, :reference, :now, :expires, :now)""")
                .param("id", id).param("purpose", purpose.value()).param("subject", decoy ? null : subject)
                .param("hash", decoy ? hash(id, newCode() + "-never") : hash(id, code))
                .param("email", decoy || recipient.email() == null ? null : recipient.email().value())
                .param("phone", decoy || recipient.phone() == null ? null : recipient.phone().e164())
                .param("reference", reference)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(rules.lifetime())))
                .update();
        if (!decoy) {
            events.publishEvent(new OneTimeCodeIssued(id, 1, purpose, recipient.email(), recipient.phone(), code,
                    reference, now.plus(rules.lifetime())));
        }
        return id;
    }

    /** Checks a typed code; a right one can be used once. */
    public CodeCheck check(UUID challengeId, CodePurpose purpose, String typed) {
        var now = clock.instant();
        var found = jdbc.sql("""
                        select subject, code_hash, expires_at, attempts, passed_at from one_time_code
                        where id = :id and purpose = :purpose for update""")
                .param("id", challengeId).param("purpose", purpose.value())
                .query((rs, row) -> new Challenge(rs.getString("subject"), rs.getString("code_hash"),
                        rs.getTimestamp("expires_at").toInstant(), rs.getInt("attempts"),
                        rs.getTimestamp("passed_at") != null))
                .optional();
        if (found.isEmpty()) {
            return new CodeCheck(CodeCheck.Outcome.EXPIRED, null, 0);
        }
        var challenge = found.get();
        if (challenge.passed() || !now.isBefore(challenge.expiresAt())) {
            return new CodeCheck(CodeCheck.Outcome.EXPIRED, null, 0);
        }
        if (challenge.attempts() >= rules.attempts()) {
            return new CodeCheck(CodeCheck.Outcome.LOCKED, null, 0);
        }
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        boolean right = challenge.subject() != null && MessageDigest.isEqual(
                hash(challengeId, digits).getBytes(StandardCharsets.US_ASCII),
                challenge.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (right) {
            jdbc.sql("update one_time_code set passed_at = :now, recipient_email = null, recipient_phone = null where id = :id")
                    .param("now", Timestamp.from(now)).param("id", challengeId).update();
            return new CodeCheck(CodeCheck.Outcome.PASSED, challenge.subject(), rules.attempts() - challenge.attempts());
        }
        int attempts = challenge.attempts() + 1;
        jdbc.sql("update one_time_code set attempts = :attempts where id = :id")
                .param("attempts", attempts).param("id", challengeId).update();
        return attempts >= rules.attempts() ? new CodeCheck(CodeCheck.Outcome.LOCKED, null, 0)
                : new CodeCheck(CodeCheck.Outcome.WRONG, null, rules.attempts() - attempts);
    }

    /** What asking for another code found. */
    public enum Resend { SENT, TOO_SOON, TOO_MANY }

    /**
     * Sends a fresh code for the same challenge, which replaces the last one and restarts its lifetime and tries.
     * A decoy answers as a real one would, and sends nothing.
     */
    public Resend resend(UUID challengeId, CodePurpose purpose) {
        var now = clock.instant();
        var found = jdbc.sql("""
                        select subject, recipient_email, recipient_phone, reference, sends, last_sent_at
                        from one_time_code where id = :id and purpose = :purpose and passed_at is null for update""")
                .param("id", challengeId).param("purpose", purpose.value())
                .query((rs, row) -> new Sent(rs.getString("subject"), rs.getString("recipient_email"),
                        rs.getString("recipient_phone"), rs.getString("reference"), rs.getInt("sends"),
                        rs.getTimestamp("last_sent_at").toInstant()))
                .optional();
        if (found.isEmpty() || found.get().sends() > rules.resends()) {
            return Resend.TOO_MANY;
        }
        var sent = found.get();
        if (now.isBefore(sent.lastSentAt().plus(rules.resendAfter()))) {
            return Resend.TOO_SOON;
        }
        String code = newCode();
        boolean decoy = sent.subject() == null;
        jdbc.sql("""
                        update one_time_code set code_hash = :hash, sends = sends + 1, last_sent_at = :now,
                            expires_at = :expires, attempts = 0 where id = :id""")
                .param("hash", decoy ? hash(challengeId, newCode() + "-never") : hash(challengeId, code))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(rules.lifetime())))
                .param("id", challengeId).update();
        if (!decoy) {
            events.publishEvent(new OneTimeCodeIssued(challengeId, sent.sends() + 1, purpose,
                    Optional.ofNullable(sent.email()).flatMap(EmailAddress::parse).orElse(null),
                    Optional.ofNullable(sent.phone()).flatMap(UkPhoneNumber::parse).orElse(null),
                    code, sent.reference(), now.plus(rules.lifetime())));
        }
        return Resend.SENT;
    }

    /** Forgets challenges a day after they expire: they hold where codes were sent. Run by {@link ExpiredCodesSweep}. */
    public void deleteExpired() {
        jdbc.sql("delete from one_time_code where expires_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEPT_AFTER_EXPIRY))).update();
    }

    private String newCode() {
        return "%06d".formatted(random.nextInt(1_000_000));
    }

    private static String hash(UUID challengeId, String code) {
        return Fingerprint.sha256((challengeId + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    private record Challenge(String subject, String codeHash, Instant expiresAt, int attempts, boolean passed) {
    }

    private record Sent(String subject, String email, String phone, String reference, int sends, Instant lastSentAt) {
    }
}
