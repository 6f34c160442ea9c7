package org.bluelamp.reporting.journey;

import java.util.Set;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.reporting.ReportRecordKind;
import org.bluelamp.platform.FileSizes;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportParticulars;
import org.bluelamp.reporting.SearchForms;
import org.bluelamp.reporting.SubmittedReport.AnsweredQuestion;
import org.bluelamp.reporting.upload.FileKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reports a subject made or is named in, for a subject access request: every answer as "Check your answers"
 * showed it, the files sent with it by name and kind (never their content), and what was added later.
 * <p>
 * A report is theirs when it carries their email, phone, postcode or reference, or names them as the reporter (their
 * date of birth then confirms it); one that has their full name only in its words (another person's report about
 * them) comes back matched on {@code name-in-text}, for the team to check. The database compares the particulars
 * worked out at submission (the reporter's email and phone among them, in their search forms) and the account's
 * words; no index serves these yet, so it reads the report table through once, and only rows that match leave it.
 */
@Component
class ReportsOfSubject implements SubjectFinder {

    private static final TypeReference<List<AnsweredQuestion>> SUMMARY = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ReporterDatesOfBirth datesOfBirth;

    ReportsOfSubject(JdbcClient jdbc, JsonMapper json, ReporterDatesOfBirth datesOfBirth) {
        this.jdbc = jdbc;
        this.json = json;
        this.datesOfBirth = datesOfBirth;
    }

    private record Row(UUID id, String reference, String serviceTitle, String channel, Instant submittedAt,
                       boolean anonymous, List<AnsweredQuestion> summary, StoredReporter reporter,
                       ReportParticulars particulars, LocalDate bornOn, Instant callStarted, Instant callEnded,
                       String loggedBy, String interpreter) {
    }

    private record File(UUID reportId, String name, String kind, long size) {
    }

    private record Addition(UUID reportId, String information, Instant at) {
    }

    @Override
    public Set<RecordKind> kinds() {
        return Set.of(ReportRecordKind.REPORT);
    }

    @Override
    public List<HeldRecord> find(Subject subject, Texts texts) {
        var terms = Terms.of(subject);
        if (terms.none()) {
            return List.of();
        }
        var rows = jdbc.sql("""
                        SELECT id, reference, service_title, channel, submitted_at, anonymous, summary, reporter,
                               particulars, call_started_at, call_ended_at, logged_by, interpreter,
                               %s AS born
                        FROM report
                        WHERE reference = CAST(:reference AS text)
                           OR particulars @> jsonb_build_object('emails', jsonb_build_array(CAST(:email AS text)))
                           OR particulars @> jsonb_build_object('phones', jsonb_build_array(CAST(:phone AS text)))
                           OR particulars @> jsonb_build_object('postcodes', jsonb_build_array(CAST(:postcode AS text)))
                           OR coalesce(particulars ->> 'account', summary::text) ~* CAST(:name AS text)
                        ORDER BY submitted_at""".formatted(ReporterDatesOfBirth.COLUMN))
                .param("dateOfBirthQuestions", datesOfBirth.questions())
                .param("reference", terms.reference()).param("email", terms.email()).param("phone", terms.phone())
                .param("postcode", terms.postcode()).param("name", terms.namePattern())
                .query(this::row).list();
        var matched = new LinkedHashMap<Row, List<String>>();
        for (Row row : rows) {
            var on = matchedOn(subject, terms, row);
            if (!on.isEmpty()) {
                matched.put(row, on);
            }
        }
        if (matched.isEmpty()) {
            return List.of();
        }
        var ids = matched.keySet().stream().map(Row::id).toArray(UUID[]::new);
        var files = jdbc.sql("""
                        SELECT report_id, file_name, kind, size_bytes FROM report_file
                        WHERE report_id = ANY(:ids) ORDER BY created_at""")
                .param("ids", ids)
                .query((rs, n) -> new File(rs.getObject("report_id", UUID.class), rs.getString("file_name"),
                        rs.getString("kind"), rs.getLong("size_bytes"))).list();
        var additions = jdbc.sql("""
                        SELECT report_id, information, added_at FROM report_addition
                        WHERE report_id = ANY(:ids) ORDER BY added_at""")
                .param("ids", ids)
                .query((rs, n) -> new Addition(rs.getObject("report_id", UUID.class), rs.getString("information"),
                        rs.getTimestamp("added_at").toInstant())).list();
        var held = new ArrayList<HeldRecord>();
        matched.forEach((row, on) -> held.add(record(row, on, texts,
                files.stream().filter(f -> f.reportId().equals(row.id())).toList(),
                additions.stream().filter(a -> a.reportId().equals(row.id())).toList())));
        return held;
    }

    /** Which of the subject's details the report carries; empty when the database's match was only near. */
    private static List<String> matchedOn(Subject subject, Terms terms, Row row) {
        var on = new ArrayList<String>();
        var particulars = row.particulars();
        var reporter = row.reporter();
        if (subject.referenceMatches(row.reference())) {
            on.add("reference");
        }
        boolean named = Stream.concat(Stream.ofNullable(reporter == null ? null : reporter.name()),
                particulars == null ? Stream.empty() : particulars.names().stream()).anyMatch(subject::nameMatches);
        if (named) {
            on.add("name");
        }
        if (Stream.concat(Stream.ofNullable(reporter == null ? null : reporter.email()),
                particulars == null ? Stream.empty() : particulars.emails().stream()).anyMatch(subject::emailMatches)) {
            on.add("email");
        }
        if (Stream.concat(Stream.ofNullable(reporter == null ? null : reporter.phone()),
                particulars == null ? Stream.empty() : particulars.phones().stream()).anyMatch(subject::phoneMatches)) {
            on.add("phone");
        }
        if (particulars != null && particulars.postcodes().stream().anyMatch(subject::addressMatches)) {
            on.add("postcode");
        }
        if (!named && terms.nameIn(account(row))) {
            on.add("name-in-text");
        }
        // A date of birth is shared by too many people to find anyone by; it confirms a report found otherwise.
        if (!on.isEmpty() && subject.dateOfBirthMatches(row.bornOn())) {
            on.add("date-of-birth");
        }
        return on;
    }

    private static String account(Row row) {
        if (row.particulars() != null && row.particulars().account() != null) {
            return row.particulars().account();
        }
        return String.join("\n", row.summary().stream().flatMap(q -> q.answer().stream()).toList());
    }

    private static HeldRecord record(Row row, List<String> matchedOn, Texts texts, List<File> files,
                                     List<Addition> additions) {
        String channel = texts.t("contact.channel." + row.channel());
        var fields = new HeldFields(texts)
                .add("held.reference", row.reference())
                .add("held.channel", channel)
                .add("held.service", row.serviceTitle())
                .time("held.report.sent", row.submittedAt());
        if (row.anonymous()) {
            fields.add("contact.reporter", texts.t("contact.reporter.anonymous"));
        }
        fields.time("held.call.started", row.callStarted()).time("held.call.ended", row.callEnded())
                .add("held.call.logged-by", row.loggedBy()).add("held.call.interpreter", row.interpreter());
        for (AnsweredQuestion answered : row.summary()) {
            fields.line(answered.question(), String.join("\n", answered.answer()));
        }
        for (File file : files) {
            String kind = Arrays.stream(FileKind.values()).filter(k -> k.name().equals(file.kind())).findFirst()
                    .map(FileKind::label).orElse(file.kind());
            fields.add("held.file", texts.t("held.file.value", file.name(), kind, FileSizes.describe(file.size(), texts)));
        }
        for (Addition addition : additions) {
            fields.line(texts.t("held.report.addition", texts.dates().dateAndTime(addition.at())),
                    addition.information());
        }
        return new HeldRecord(ReportRecordKind.REPORT, row.id().toString(), row.reference(), row.submittedAt(),
                texts.t("held.title", channel, row.serviceTitle(), texts.dates().date(row.submittedAt())),
                List.copyOf(matchedOn), fields.list());
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("service_title"),
                rs.getString("channel"), rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("anonymous"),
                json.readValue(rs.getString("summary"), SUMMARY),
                rs.getString("reporter") == null ? null : json.readValue(rs.getString("reporter"), StoredReporter.class),
                rs.getString("particulars") == null ? null
                        : json.readValue(rs.getString("particulars"), ReportParticulars.class),
                rs.getString("born") == null ? null : LocalDate.parse(rs.getString("born")),
                instant(rs, "call_started_at"), instant(rs, "call_ended_at"), rs.getString("logged_by"),
                rs.getString("interpreter"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * The subject's details in the forms the report stores them (emails lower-case, phones E.164, postcodes without
     * spaces) and their name as a pattern of whole words with anything but letters between them.
     */
    private record Terms(String reference, String email, String phone, String postcode, String namePattern,
                         Pattern name) {

        static Terms of(Subject subject) {
            String reference = present(subject.reference())
                    ? Reference.parse(subject.reference()).map(Reference::value).orElse(subject.reference().strip())
                    : null;
            var words = present(subject.name())
                    ? Arrays.stream(subject.name().split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList()
                    : List.<String>of();
            return new Terms(reference,
                    present(subject.email()) ? SearchForms.email(subject.email()).orElse(null) : null,
                    present(subject.phone()) ? SearchForms.phone(subject.phone()).orElse(null) : null,
                    present(subject.postcode()) ? SearchForms.postcode(subject.postcode()).orElse(null) : null,
                    words.isEmpty() ? null : "\\m" + String.join("[^[:alpha:]]+", words) + "\\M",
                    words.isEmpty() ? null : Pattern.compile("(?<!\\p{L})" + String.join("[^\\p{L}]+", words)
                            + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        boolean none() {
            return reference == null && email == null && phone == null && postcode == null && namePattern == null;
        }

        boolean nameIn(String text) {
            return name != null && text != null && name.matcher(text).find();
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }
}
