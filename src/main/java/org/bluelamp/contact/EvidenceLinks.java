package org.bluelamp.contact;

import org.bluelamp.platform.SecretTokens;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.SubmittedReports;
import org.bluelamp.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One-time "send us your evidence" links (docs/tracking.md): staff send one from a contact, the reporter opens it,
 * passes the code step and uploads files for that one report. A random 256-bit token of which only the hash is kept;
 * it works once, until a newer link for the contact replaces it, or until {@link EvidenceLinkProperties} runs out.
 */
@Service
@Transactional
public class EvidenceLinks {

    /** Where a link opens, before its token. */
    public static final String PATH = "/track/evidence/";
    /** The longest note of what is wanted: a sentence or two, shown to the person. */
    public static final int LONGEST_NOTE = 500;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final SubmittedReports reports;
    private final Timeline timeline;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;
    private final EvidenceLinkProperties properties;
    private final Clock clock;

    EvidenceLinks(JdbcClient jdbc, SubmittedReports reports, Timeline timeline, Contacts contacts,
                  ApplicationEventPublisher events, EvidenceLinkProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.timeline = timeline;
        this.contacts = contacts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a new link for the contact's report, ending any earlier one not yet used. Refused, with the message key
     * that says why, when there is nobody it may be sent to: anonymous, not safe to contact, or no email or mobile.
     *
     * @param note what is wanted, null for nothing; shown to the person after the code step, never in the message
     */
    Optional<String> send(Contact contact, StaffMember by, String note) {
        var reporter = contact.reportId() == null ? Optional.<Reporter>empty() : reports.reporter(contact.reportId());
        if (reporter.isEmpty() || reporter.get().anonymous()) {
            return Optional.of("action.evidence-link.anonymous");
        }
        if (reporter.get().safety() == SafeToContact.NOT_SAFE) {
            return Optional.of("action.evidence-link.not-safe");
        }
        if (reporter.get().emailAddress().isEmpty() && reporter.get().mobile().isEmpty()) {
            return Optional.of("action.evidence-link.no-address");
        }
        var now = clock.instant();
        jdbc.sql("""
                        UPDATE evidence_link SET replaced_at = :now
                        WHERE contact_id = :contact AND used_at IS NULL AND replaced_at IS NULL""")
                .param("now", Timestamp.from(now)).param("contact", contact.id()).update();
        String token = SecretTokens.newToken();
        var id = UUID.randomUUID();
        var expiresAt = now.plus(properties.evidenceLinkValidFor());
        jdbc.sql("""
                        INSERT INTO evidence_link (id, contact_id, report_id, token_hash, note, sent_by, sent_at, expires_at)
                        VALUES (:id, :contact, :report, :hash, :note, :by, :now, :expires)""")
                .param("id", id).param("contact", contact.id()).param("report", contact.reportId())
                .param("hash", SecretTokens.hash(token)).param("note", note == null || note.isBlank() ? null : note)
                .param("by", by.username()).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt)).update();
        timeline.append(contact.id(), now, by.username(), new Happening.EvidenceLinkSent(note));
        events.publishEvent(new EvidenceLinkSent(contact.id(), contact.reference(), contact.reportId(), id,
                PATH + token, expiresAt));
        return Optional.empty();
    }

    /** The link a token opens, in whatever state; empty when there is none (a made-up token, or disposed). */
    @Transactional(readOnly = true)
    public Optional<EvidenceLink> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        var now = clock.instant();
        return jdbc.sql("""
                        SELECT l.id, l.contact_id, l.report_id, c.reference, l.note, l.expires_at, l.used_at,
                               l.replaced_at
                        FROM evidence_link l JOIN contact c ON c.id = l.contact_id WHERE l.token_hash = :hash""")
                .param("hash", SecretTokens.hash(token))
                .query((rs, row) -> new EvidenceLink(rs.getObject("id", UUID.class),
                        rs.getObject("report_id", UUID.class), Reference.stored(rs.getString("reference")),
                        rs.getString("note") == null ? "" : rs.getString("note"),
                        rs.getTimestamp("expires_at").toInstant(),
                        state(rs.getTimestamp("used_at"), rs.getTimestamp("replaced_at"),
                                rs.getTimestamp("expires_at").toInstant(), now)))
                .optional();
    }

    /**
     * Takes the link for one upload, in the caller's transaction: false if it was used, replaced or expired first.
     * A second browser's claim waits on the row until the first commits, then finds it used; if the first rolls
     * back (its files were refused), the link is still there to use.
     */
    public boolean claim(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return false;
        }
        return jdbc.sql("""
                        UPDATE evidence_link SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL AND replaced_at IS NULL AND expires_at > :now""")
                .param("now", Timestamp.from(clock.instant())).param("hash", SecretTokens.hash(token)).update() == 1;
    }

    /** What came through a claimed link, on the contact's timeline in the caller's transaction. */
    public void received(EvidenceLink link, String information, List<String> fileNames) {
        var contactId = jdbc.sql("SELECT contact_id FROM evidence_link WHERE id = :id").param("id", link.id())
                .query(UUID.class).single();
        var now = clock.instant();
        contacts.touched(contactId, now);
        timeline.append(contactId, now, TimelineEntry.REPORTER,
                new Happening.EvidenceReceived(information, String.join(", ", fileNames)));
    }

    private static EvidenceLink.State state(Timestamp used, Timestamp replaced, Instant expiresAt, Instant now) {
        if (used != null) {
            return EvidenceLink.State.USED;
        }
        if (replaced != null) {
            return EvidenceLink.State.REPLACED;
        }
        return expiresAt.isAfter(now) ? EvidenceLink.State.OPEN : EvidenceLink.State.EXPIRED;
    }
}
