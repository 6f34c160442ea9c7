package org.bluelamp.notify;

import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.contact.SubjectContact;
import org.bluelamp.contact.SubjectContacts;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.bluelamp.reporting.SearchForms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The emails and texts sent to a subject, for a subject access request: to whom, from which template, the words as
 * sent (a one-time code or a link's secret token taken out) and what became of each. A message is the subject's when
 * it went to their email or phone, or is about one of their contacts.
 * <p>
 * The message table has no index on the recipient or the reference, so this reads it through once in the database.
 */
@Component
class MessagesToSubject implements SubjectFinder {

    private static final Pattern CODE = Pattern.compile("\\b\\d{6}\\b");
    private static final Pattern RESUME_TOKEN = Pattern.compile("(/resume/)\\S+");

    private final JdbcClient jdbc;
    private final SubjectContacts contacts;
    private final MessageTemplates templates;

    MessagesToSubject(JdbcClient jdbc, SubjectContacts contacts, MessageTemplates templates) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.templates = templates;
    }

    private record Row(UUID id, String kind, String channel, String recipient, String subject, String body,
                       String reference, Instant createdAt, String status, Instant sentAt, Instant deliveredAt) {
    }

    @Override
    public Set<RecordKind> kinds() {
        return Set.of(MessageRecordKind.MESSAGE);
    }

    @Override
    public List<HeldRecord> find(Subject subject, Texts texts) {
        String email = present(subject.email()) ? SearchForms.email(subject.email()).orElse(null) : null;
        String phone = present(subject.phone()) ? SearchForms.phone(subject.phone()).orElse(null) : null;
        Map<String, List<String>> theirs = contacts.of(subject).stream()
                .collect(Collectors.toMap(SubjectContact::reference, SubjectContact::matchedOn, (a, b) -> a));
        if (email == null && phone == null && theirs.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("""
                        SELECT id, kind, channel, recipient, subject, body, reference, created_at, status, sent_at,
                               delivered_at
                        FROM message
                        WHERE lower(recipient) = CAST(:email AS text) OR lower(recipient) = CAST(:phone AS text)
                           OR reference = ANY(:references)
                        ORDER BY created_at""")
                .param("email", email).param("phone", phone)
                .param("references", theirs.keySet().toArray(String[]::new))
                .query(this::row).list();
        var held = new ArrayList<HeldRecord>();
        for (Row row : rows) {
            var on = new LinkedHashSet<String>();
            if (row.reference() != null && theirs.containsKey(row.reference())) {
                on.addAll(theirs.get(row.reference()));
            }
            if (subject.emailMatches(row.recipient())) {
                on.add("email");
            }
            if (subject.phoneMatches(row.recipient())) {
                on.add("phone");
            }
            if (!on.isEmpty()) {
                held.add(record(row, List.copyOf(on), texts));
            }
        }
        return held;
    }

    private HeldRecord record(Row row, List<String> matchedOn, Texts texts) {
        String channel = texts.t("outbox.channel." + row.channel());
        String template = templates.nameOf(row.kind());
        var fields = new HeldFields(texts)
                .add("outbox.recipient", row.recipient())
                .add("held.message.channel", channel)
                .add("held.message.template", template)
                .add("held.reference", row.reference())
                .add("outbox.subject", row.subject())
                .add("outbox.body", withoutSecrets(row.kind(), row.body(), texts))
                .coded("outbox.status", "outbox.status.", row.status())
                .time("outbox.created", row.createdAt())
                .time("outbox.sent", row.sentAt())
                .time("outbox.delivered", row.deliveredAt());
        return new HeldRecord(MessageRecordKind.MESSAGE, row.id().toString(), row.reference(), row.createdAt(),
                texts.t("held.title", channel, template, texts.dates().date(row.createdAt())), matchedOn, fields.list());
    }

    /**
     * The words as sent, but with a sign-in code or a link taken out: the answer must open nothing. Stored words keep
     * only ((code)) or ((…Link)) where the secret went; words stored before that are searched for codes and tokens.
     */
    private static String withoutSecrets(String kind, String body, Texts texts) {
        var messageKind = MessageKind.fromCode(kind);
        String words = body;
        for (String secret : messageKind.map(MessageKind::secretValues).orElse(Set.of())) {
            words = SecretWords.masked(words, List.of(secret), texts.t(secret.equals("code")
                    ? "held.message.code-removed" : "held.message.token-removed"));
        }
        if (messageKind.map(k -> k.offers("code")).orElse(false)) {
            words = CODE.matcher(words).replaceAll(texts.t("held.message.code-removed"));
        }
        if (messageKind.map(k -> k.offers("resumeLink")).orElse(false)) {
            words = RESUME_TOKEN.matcher(words).replaceAll("$1" + texts.t("held.message.token-removed"));
        }
        return words;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("reference"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("status"), instant(rs, "sent_at"),
                instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
