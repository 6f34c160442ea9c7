package org.bluelamp.relay;

import java.util.Set;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.contact.SubjectContact;
import org.bluelamp.contact.SubjectContacts;
import org.bluelamp.platform.FileSizes;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the BSL video relay holds about a subject, for a subject access request: the calls logged as their contacts
 * (when, who answered, the interpreter's note and every line typed), each call's recording by its length and size
 * (never its content), and the BSL video messages they sent. A caller gives no details to start a call, so a call is
 * theirs only through the contact it was logged as.
 */
@Component
class RelayCallsOfSubject implements SubjectFinder {

    private final JdbcClient jdbc;
    private final SubjectContacts contacts;

    RelayCallsOfSubject(JdbcClient jdbc, SubjectContacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    private record Call(UUID id, String reference, String status, Instant queuedAt, Instant answeredAt,
                        Instant endedAt, String endReason, String interpreter, String handler, String note) {
    }

    private record Line(UUID callId, String sender, String body, Instant sentAt) {
    }

    private record Recording(UUID callId, int pieces, long bytes) {
    }

    private record VideoMessage(UUID reportId, String reference, Instant receivedAt, Instant translatedAt,
                                String translatedBy) {
    }

    @Override
    public Set<RecordKind> kinds() {
        return Set.of(RelayRecordKind.RELAY_CALL, RelayRecordKind.RECORDING, RelayRecordKind.BSL_VIDEO);
    }

    @Override
    public List<HeldRecord> find(Subject subject, Texts texts) {
        Map<String, List<String>> theirs = contacts.of(subject).stream()
                .collect(Collectors.toMap(SubjectContact::reference, SubjectContact::matchedOn, (a, b) -> a));
        if (theirs.isEmpty()) {
            return List.of();
        }
        var references = theirs.keySet().toArray(String[]::new);
        var calls = jdbc.sql("""
                        SELECT id, reference, status, queued_at, answered_at, ended_at, end_reason, interpreter,
                               handler, note
                        FROM relay_call WHERE reference = ANY(:references) ORDER BY queued_at""")
                .param("references", references)
                .query((rs, n) -> new Call(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("status"), instant(rs, "queued_at"), instant(rs, "answered_at"),
                        instant(rs, "ended_at"), rs.getString("end_reason"), rs.getString("interpreter"),
                        rs.getString("handler"), rs.getString("note")))
                .list();
        var held = new ArrayList<HeldRecord>();
        if (!calls.isEmpty()) {
            var ids = calls.stream().map(Call::id).toArray(UUID[]::new);
            var lines = jdbc.sql("""
                            SELECT call_id, sender, body, sent_at FROM relay_call_message
                            WHERE call_id = ANY(:ids) ORDER BY id""")
                    .param("ids", ids)
                    .query((rs, n) -> new Line(rs.getObject("call_id", UUID.class), rs.getString("sender"),
                            rs.getString("body"), instant(rs, "sent_at")))
                    .list();
            var recordings = jdbc.sql("""
                            SELECT call_id, count(*) AS pieces, sum(bytes) AS bytes FROM relay_recording_chunk
                            WHERE call_id = ANY(:ids) GROUP BY call_id""")
                    .param("ids", ids)
                    .query((rs, n) -> new Recording(rs.getObject("call_id", UUID.class), rs.getInt("pieces"),
                            rs.getLong("bytes")))
                    .list().stream().collect(Collectors.toMap(Recording::callId, r -> r));
            for (Call call : calls) {
                var matchedOn = theirs.get(call.reference());
                held.add(call(call, matchedOn, texts, lines.stream().filter(l -> l.callId().equals(call.id())).toList()));
                var recording = recordings.get(call.id());
                if (recording != null) {
                    held.add(recording(call, recording, matchedOn, texts));
                }
            }
        }
        jdbc.sql("""
                        SELECT report_id, reference, received_at, translated_at, translated_by FROM bsl_video_message
                        WHERE reference = ANY(:references) ORDER BY received_at""")
                .param("references", references)
                .query((rs, n) -> new VideoMessage(rs.getObject("report_id", UUID.class), rs.getString("reference"),
                        instant(rs, "received_at"), instant(rs, "translated_at"), rs.getString("translated_by")))
                .list()
                .forEach(message -> held.add(videoMessage(message, theirs.get(message.reference()), texts)));
        return held;
    }

    private static HeldRecord call(Call call, List<String> matchedOn, Texts texts, List<Line> lines) {
        var fields = new HeldFields(texts)
                .add("held.reference", call.reference())
                .time("relay.console.queued", call.queuedAt())
                .time("held.relay.answered", call.answeredAt())
                .time("held.relay.ended", call.endedAt())
                .coded("held.relay.status", "held.relay.status.", call.status())
                .coded("held.relay.end-reason", "held.relay.end.", call.endReason())
                .add("relay.call.staff.interpreter", call.interpreter())
                .add("relay.call.staff.handler-status", call.handler())
                .add("relay.note.label", call.note());
        for (Line line : lines) {
            fields.line(texts.t("held.relay.line", texts.t(sender(line.sender())),
                    texts.dates().dateAndTime(line.sentAt())), line.body());
        }
        return new HeldRecord(RelayRecordKind.RELAY_CALL, call.id().toString(), call.reference(), call.queuedAt(),
                texts.t("held.title", texts.t("contact.channel.video-relay"), texts.t("held.relay.call"),
                        texts.dates().date(call.queuedAt())), matchedOn, fields.list());
    }

    private static String sender(String sender) {
        return "caller".equals(sender) ? "relay.chat.from.caller.staff" : "relay.chat.from." + sender;
    }

    private static HeldRecord recording(Call call, Recording recording, List<String> matchedOn, Texts texts) {
        var fields = new HeldFields(texts)
                .add("held.reference", call.reference())
                .time("held.relay.answered", call.answeredAt())
                .add("held.recording.length", length(call, texts))
                .add("held.recording.size", FileSizes.describe(recording.bytes(), texts))
                .add("held.recording.pieces", String.valueOf(recording.pieces()));
        Instant at = call.answeredAt() != null ? call.answeredAt() : call.queuedAt();
        return new HeldRecord(RelayRecordKind.RECORDING, call.id().toString(), call.reference(), at,
                texts.t("held.title", texts.t("contact.channel.video-relay"), texts.t("held.recording"),
                        texts.dates().date(at)), matchedOn, fields.list());
    }

    private static String length(Call call, Texts texts) {
        if (call.answeredAt() == null || call.endedAt() == null) {
            return null;
        }
        var length = Duration.between(call.answeredAt(), call.endedAt());
        return texts.t("held.duration", length.toMinutes(), length.toSecondsPart());
    }

    private static HeldRecord videoMessage(VideoMessage message, List<String> matchedOn, Texts texts) {
        var fields = new HeldFields(texts)
                .add("held.reference", message.reference())
                .time("held.bsl.received", message.receivedAt())
                .time("held.bsl.translated", message.translatedAt())
                .add("held.bsl.translated-by", message.translatedBy())
                .add("held.bsl.video", texts.t("held.bsl.video.where"));
        String channel = texts.t("contact.channel.bsl-video-message");
        return new HeldRecord(RelayRecordKind.BSL_VIDEO, message.reportId().toString(), message.reference(), message.receivedAt(),
                texts.t("held.title", channel, texts.t("held.bsl.title"), texts.dates().date(message.receivedAt())),
                matchedOn, fields.list());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
