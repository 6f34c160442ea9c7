package org.bluelamp.privacy.answer;

import org.bluelamp.platform.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Writes a disclosure as machine-readable JSON, redacted exactly as the PDF is, in the answer's language. */
@Component
public class DisclosureJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MessageSource messages = AnswerTexts.source();

    /** What is written: the disclosure's shape, with each value already redacted and its reasons beside it. */
    record Answer(String requestReference, String forceName, String subjectName, Instant answeredAt,
                  String answeredOn, Language language, List<Section> sections, List<Refusal> refusals) {
    }

    record Section(String kind, String reference, Instant at, String title, List<Line> lines) {
    }

    /** @param redactionReasons why parts of the value were removed, once each */
    record Line(String label, String value, List<String> redactionReasons) {
    }

    record Refusal(String what, String reason) {
    }

    /** UTF-8 JSON; instants as ISO 8601 in UTC, and the date answered as people write it in the answer's language. */
    public byte[] write(Disclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        var texts = new AnswerTexts(messages, disclosure.language());
        var answer = new Answer(disclosure.requestReference(), disclosure.forceName(), disclosure.subjectName(),
                disclosure.answeredAt(),
                disclosure.answeredAt() == null ? null : texts.date(disclosure.answeredAt()), disclosure.language(),
                orEmpty(disclosure.sections()).stream().map(s -> section(s, texts)).toList(),
                orEmpty(disclosure.refusals()).stream().map(r -> new Refusal(r.what(), r.reason())).toList());
        return JSON.writeValueAsBytes(answer);
    }

    private static Section section(Disclosure.Section section, AnswerTexts texts) {
        return new Section(section.kind(), section.reference(), section.at(), section.title(),
                orEmpty(section.lines()).stream().map(l -> line(l, texts)).toList());
    }

    private static Line line(Disclosure.Line line, AnswerTexts texts) {
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
