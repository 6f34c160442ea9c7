package org.bluelamp.reporting.journey;

import org.bluelamp.platform.language.Language;
import org.bluelamp.reporting.AttachmentContent;
import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.ReportParticulars;
import org.bluelamp.reporting.SubmittedReport;
import org.bluelamp.reporting.SubmittedReport.AnsweredQuestion;
import org.bluelamp.reporting.SubmittedReports;
import org.bluelamp.reporting.SupportNeeds;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.upload.DraftFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Submitted reports: written once, never changed. */
@Repository
class Reports implements SubmittedReports {

    private static final TypeReference<Map<String, Map<String, Object>>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<List<AnsweredQuestion>> SUMMARY = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DraftFiles files;
    private final ServiceCatalogue catalogue;

    Reports(JdbcClient jdbc, JsonMapper json, DraftFiles files, ServiceCatalogue catalogue) {
        this.jdbc = jdbc;
        this.json = json;
        this.files = files;
        this.catalogue = catalogue;
    }

    /** What submission works out from the definition besides the summary: who the reporter is, what stays private. */
    record Extras(Reporter reporter, List<String> privateQuestions) {
    }

    /** Stores the report unless its reference is taken; says whether it was stored. */
    boolean insertIfReferenceFree(SubmittedReport report, String serviceId, Map<String, Map<String, Object>> answers,
                                  ReportParticulars particulars, Extras extras, Channel channel, CallDetails call,
                                  Instant callEnded, Language language) {
        return jdbc.sql("""
                        INSERT INTO report (id, reference, service_id, service_title, definition_version, answers,
                                            summary, submitted_at, anonymous, particulars, channel, call_started_at,
                                            call_ended_at, logged_by, reporter, private_questions, interpreter,
                                            relay_call_id, language, chat_id)
                        VALUES (:id, :reference, :service, :title, :version, CAST(:answers AS jsonb),
                                CAST(:summary AS jsonb), :submitted, :anonymous, CAST(:particulars AS jsonb), :channel,
                                :started, :ended, :loggedBy, CAST(:reporter AS jsonb), :private, :interpreter,
                                :relayCall, :language, :chat)
                        ON CONFLICT (reference) DO NOTHING""")
                .param("channel", channel.code()).param("language", language.code())
                .param("started", call == null ? null : Timestamp.from(call.startedAt()))
                .param("ended", call == null ? null : Timestamp.from(callEnded))
                .param("loggedBy", call == null ? null : call.loggedBy())
                .param("interpreter", call == null ? null : call.interpreter())
                .param("relayCall", call == null ? null : call.relayCallId())
                .param("chat", call == null ? null : call.chatId())
                .param("id", report.id()).param("reference", report.reference().value()).param("service", serviceId)
                .param("title", report.serviceTitle()).param("version", report.definitionVersion())
                .param("answers", json.writeValueAsString(answers))
                .param("summary", json.writeValueAsString(report.answers()))
                .param("submitted", Timestamp.from(report.submittedAt())).param("anonymous", report.anonymous())
                .param("particulars", json.writeValueAsString(particulars))
                .param("reporter", json.writeValueAsString(StoredReporter.of(extras.reporter())))
                .param("private", extras.privateQuestions().toArray(String[]::new))
                .update() == 1;
    }

    @Override
    public Language languageOf(UUID reportId) {
        return jdbc.sql("SELECT language FROM report WHERE id = :id").param("id", reportId)
                .query(String.class).optional().map(Language::stored).orElse(Language.ENGLISH);
    }

    Optional<Reference> referenceOf(UUID reportId) {
        return jdbc.sql("SELECT reference FROM report WHERE id = :id").param("id", reportId)
                .query(String.class).optional().map(Reference::new);
    }

    /**
     * What the confirmation page shows of a sent report: one small row, not the whole report.
     *
     * @param safety the reporter's answer on whether it is safe to contact them, a {@link SafeToContact} code; null
     *               when not asked
     * @param answers the answers as sent, for the notes that depend on them
     */
    record Receipt(Reference reference, boolean anonymous, String safety, Instant submittedAt,
                   Map<String, Map<String, Object>> answers) {

        public boolean notSafeToContact() {
            return SafeToContact.NOT_SAFE.code().equals(safety);
        }

        public boolean onlyAtCertainTimes() {
            return SafeToContact.CERTAIN_TIMES.code().equals(safety);
        }
    }

    Optional<Receipt> receiptOf(UUID reportId) {
        return jdbc.sql("""
                        SELECT reference, anonymous, reporter ->> 'safety' AS safety, submitted_at, answers::text AS answers
                        FROM report WHERE id = :id""")
                .param("id", reportId)
                .query((rs, row) -> new Receipt(Reference.stored(rs.getString("reference")), rs.getBoolean("anonymous"),
                        rs.getString("safety"), rs.getTimestamp("submitted_at").toInstant(),
                        json.readValue(rs.getString("answers"), ANSWERS)))
                .optional();
    }

    /**
     * The report's files are a second query, made once its row has been read: a query inside the row mapper would
     * need a second connection while the first is still held, and under load every request would wait for another.
     */
    @Override
    public Optional<SubmittedReport> find(UUID reportId) {
        return jdbc.sql("""
                        SELECT id, reference, service_title, definition_version, summary, submitted_at, anonymous
                        FROM report WHERE id = :id""")
                .param("id", reportId)
                .query((rs, row) -> new SubmittedReport(rs.getObject("id", UUID.class), Reference.stored(rs.getString("reference")),
                        rs.getString("service_title"), rs.getInt("definition_version"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("anonymous"),
                        json.readValue(rs.getString("summary"), SUMMARY), List.of()))
                .optional()
                .map(report -> report.withAttachments(files.of(reportId)));
    }

    /**
     * The particulars worked out when the report was sent; a report sent before they were stored has only its
     * summary lines, as free text and account.
     */
    @Override
    public Optional<ReportParticulars> particulars(UUID reportId) {
        return jdbc.sql("SELECT particulars, summary FROM report WHERE id = :id").param("id", reportId)
                .query((rs, row) -> rs.getString("particulars") != null
                        ? json.readValue(rs.getString("particulars"), ReportParticulars.class)
                        : fromSummary(json.readValue(rs.getString("summary"), SUMMARY)))
                .optional();
    }

    private static ReportParticulars fromSummary(List<AnsweredQuestion> summary) {
        var lines = summary.stream().flatMap(a -> a.answer().stream()).toList();
        return new ReportParticulars(List.of(), List.of(), List.of(), List.of(), List.of(), lines,
                ParticularsReader.account(summary));
    }

    @Override
    public Optional<AttachmentContent> attachment(UUID reportId, UUID fileId) {
        return files.open(reportId, fileId);
    }

    @Override
    public Optional<Reporter> reporter(UUID reportId) {
        return jdbc.sql("SELECT reporter, anonymous FROM report WHERE id = :id").param("id", reportId)
                .query((rs, row) -> rs.getString("reporter") != null
                        ? json.readValue(rs.getString("reporter"), StoredReporter.class).typed()
                        : Reporter.unknown())
                .optional();
    }

    /**
     * Read from the stored answers by the role the service's definition gives the question now, so a report sent
     * before the role was named shows its support needs too.
     */
    @Override
    public SupportNeeds supportNeeds(UUID reportId) {
        var stored = jdbc.sql("SELECT service_id, answers FROM report WHERE id = :id").param("id", reportId)
                .query((rs, row) -> Map.entry(rs.getString("service_id"), Objects.requireNonNullElse(
                        rs.getString("answers"), "{}"))).optional();
        return stored.flatMap(found -> catalogue.find(found.getKey())
                        .flatMap(definition -> definition.questions().stream()
                                .filter(q -> AnswerRole.SUPPORT_NEEDS.code().equals(q.role())).findFirst())
                        .map(question -> SupportNeedsReader.read(
                                json.readValue(found.getValue(), ANSWERS).getOrDefault(question.id(), Map.of()))))
                .orElse(SupportNeeds.none());
    }

    @Override
    public Optional<UUID> idOf(Reference reference) {
        return jdbc.sql("SELECT id FROM report WHERE reference = :reference")
                .param("reference", reference.value()).query(UUID.class).optional();
    }
}
