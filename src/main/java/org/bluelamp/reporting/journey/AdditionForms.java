package org.bluelamp.reporting.journey;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.AdditionForm;
import org.bluelamp.reporting.ReportAdditions;
import org.bluelamp.reporting.SentForm;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.FormValues;
import org.bluelamp.reporting.question.QuestionTypes;
import org.bluelamp.reporting.upload.DraftFiles;
import org.bluelamp.reporting.upload.UploadPart;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adding information to a sent report through the question engine, from the definition
 * {@code additions/add-information.yaml}: its words and its files, checked as on a journey, stored with the report.
 */
@Service
class AdditionForms implements ReportAdditions {

    static final String DEFINITION = "additions/add-information.yaml";
    private static final String INFORMATION = "information";
    private static final String EVIDENCE = "evidence";

    private final ServiceDefinition definition;
    private final QuestionEngine engine;
    private final DraftFiles files;
    private final JdbcClient jdbc;
    private final Clock clock;

    AdditionForms(QuestionTypes types, QuestionEngine engine, DraftFiles files, JdbcClient jdbc, Clock clock)
            throws IOException {
        this.definition = read(types);
        this.engine = engine;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public AdditionForm form(SentForm sent, FormErrors errors, String action, Texts texts) {
        var values = new FormValues(sent.values());
        return new AdditionForm(definition.title(),
                engine.page(definition, question(INFORMATION), values, errors, action, texts),
                engine.page(definition, question(EVIDENCE), values, errors, action, texts), errors,
                engine.uploadHint(question(EVIDENCE), texts));
    }

    @Override
    @Transactional
    public Outcome add(UUID reportId, UUID requestId, SentForm sent, Texts texts) {
        var checked = engine.check(definition.questions(), new FormValues(sent.values()),
                input -> sent.files().getOrDefault(input, List.of()).stream()
                        .map(file -> new UploadPart(file.name(), file.size(), file.content(), file.stream())).toList(),
                texts);
        if (!checked.valid()) {
            return new Outcome(inReadersLanguage(checked.errors(), sent, texts), null, List.of());
        }
        String information = String.valueOf(checked.answers().get(INFORMATION).getOrDefault("value", ""));
        var evidence = checked.answers().getOrDefault(EVIDENCE, Map.of());
        var fileIds = QuestionTypes.fileIds(evidence);
        files.keepForReport(reportId, EVIDENCE, checked.files(), fileIds);
        jdbc.sql("""
                        INSERT INTO report_addition (id, report_id, information, file_ids, request_id, added_at)
                        VALUES (:id, :report, :information, :files, :request, :at)""")
                .param("id", UUID.randomUUID()).param("report", reportId).param("information", information)
                .param("files", fileIds.toArray(UUID[]::new)).param("request", requestId)
                .param("at", Timestamp.from(clock.instant())).update();
        return new Outcome(FormErrors.NONE, information, fileNames(evidence));
    }

    /**
     * The definition's own words are English, so the error for the words is made again from messages, in the page's
     * language (the files' errors already are); the order stays the page's.
     */
    private FormErrors inReadersLanguage(FormErrors errors, SentForm sent, Texts texts) {
        String words = sent.values().getOrDefault(INFORMATION, List.of()).stream().findFirst().orElse("");
        var information = question(INFORMATION);
        String problem = words.isBlank() ? texts.t("addition.information.required")
                : QuestionTypes.textProblem(words, information.maxLengthOr(2000), texts.t("addition.information.name"),
                        texts).orElse(null);
        return new FormErrors(errors.all().stream()
                .map(e -> e.fieldId().equals(INFORMATION) && problem != null ? new ErrorMessage(INFORMATION, problem) : e)
                .toList());
    }

    /** The names of the files an upload answer holds ({"files": [{"name": ...}, ...]}). */
    private static List<String> fileNames(Map<String, Object> upload) {
        return upload.get("files") instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(file -> String.valueOf(((Map<?, ?>) file).get("name")))
                .toList()
                : List.of();
    }

    private Question question(String id) {
        return definition.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** Reads the definition and checks each question as the catalogue does; a broken one stops the start. */
    private static ServiceDefinition read(QuestionTypes types) throws IOException {
        var mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        ServiceDefinition definition;
        try (InputStream in = new ClassPathResource(DEFINITION).getInputStream()) {
            definition = mapper.readValue(in, ServiceDefinition.class);
        }
        var problems = definition.questions().stream()
                .flatMap(q -> types.of(q).problemsWith(q).stream().map(p -> q.id() + ": " + p)).toList();
        boolean expectedQuestions = definition.questions().stream().map(Question::id).toList()
                .equals(List.of(INFORMATION, EVIDENCE));
        if (!problems.isEmpty() || !expectedQuestions) {
            throw new IllegalStateException(DEFINITION + " is not right: " + problems);
        }
        return definition;
    }
}
