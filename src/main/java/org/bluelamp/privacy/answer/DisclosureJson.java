package org.bluelamp.privacy.answer;

import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Writes a disclosure as machine-readable JSON, redacted exactly as the PDF is. */
@Component
public class DisclosureJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final AnswerTexts texts = new AnswerTexts();

    /** What is written: the disclosure's shape, with each value already redacted and its reasons beside it. */
    record Answer(String requestReference, String forceName, String subjectName, Instant answeredAt,
                  String answeredOn, List<Section> sections, List<Refusal> refusals) {
    }

    record Section(String kind, String reference, Instant at, String title, List<Line> lines) {
    }

    /** @param redactionReasons why parts of the value were removed, once each */
    record Line(String label, String value, List<String> redactionReasons) {
    }

    record Refusal(String what, String reason) {
    }

    /** UTF-8 JSON; instants as ISO 8601 in UTC, and the date answered as people in the UK write it. */
    public byte[] write(Disclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        var answer = new Answer(disclosure.requestReference(), disclosure.forceName(), disclosure.subjectName(),
                disclosure.answeredAt(),
                disclosure.answeredAt() == null ? null : AnswerTexts.date(disclosure.answeredAt()),
                orEmpty(disclosure.sections()).stream().map(this::section).toList(),
                orEmpty(disclosure.refusals()).stream().map(r -> new Refusal(r.what(), r.reason())).toList());
        return JSON.writeValueAsBytes(answer);
    }

    private Section section(Disclosure.Section section) {
        return new Section(section.kind(), section.reference(), section.at(), section.title(),
                orEmpty(section.lines()).stream().map(this::line).toList());
    }

    private Line line(Disclosure.Line line) {
        var reasons = new LinkedHashSet<String>();
        var value = new StringBuilder();
        for (Redactor.Piece piece : Redactor.split(line.value(), line.redactions())) {
            switch (piece) {
                case Redactor.Shown shown -> value.append(shown.text());
                case Redactor.Redacted redacted -> {
                    value.append(texts.t("privacy.answer.redacted-json"));
                    reasons.addAll(redacted.reasons());
                }
            }
        }
        return new Line(line.label(), value.toString(), List.copyOf(reasons));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
