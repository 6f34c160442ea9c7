package org.bluelamp.privacy.request;

import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.privacy.answer.Disclosure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the answer from what is in scope: a section for each record, each line carrying the redactions whose text
 * it contains (the writers burn them in), and the refusals with their legal reasons, all in the language the request
 * was made in.
 */
final class AnswerBuilder {

    private AnswerBuilder() {
    }

    /**
     * @param language the request's language
     * @param texts    words in it: the legal reasons and the mark left in a title
     */
    static Disclosure build(DataRequest request, Language language, Texts texts, String forceName, Instant answeredAt,
                            List<HeldRecord> inScope, List<Withholding> redactions, List<Withholding> refusals) {
        var stated = redactions.stream()
                .map(r -> new Disclosure.Redaction(r.text(), statement(r.reasonCode(), texts))).toList();
        var sections = new ArrayList<Disclosure.Section>();
        for (HeldRecord held : inScope) {
            var lines = held.fields().stream().map(field -> new Disclosure.Line(field.label(), field.value(),
                    stated.stream().filter(r -> contains(field.label(), r.text()) || contains(field.value(), r.text()))
                            .toList())).toList();
            sections.add(new Disclosure.Section(held.kind(), held.reference(), held.at(),
                    removed(held.title(), stated, texts.t("privacy.answer.redacted-title")), lines));
        }
        var refused = refusals.stream().map(r -> new Disclosure.Refusal(
                r.text() + (r.note() == null || r.note().isBlank() ? "" : ". " + r.note()),
                statement(r.reasonCode(), texts))).toList();
        return new Disclosure(request.reference(), forceName, request.fullName(), answeredAt, sections, refused,
                language);
    }

    /** Whether the text holds the redaction, ignoring case. */
    static boolean contains(String text, String redaction) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(redaction.toLowerCase(Locale.ROOT));
    }

    /** A title has no redactions of its own in the answer, so any redacted text is taken out of it here. */
    private static String removed(String title, List<Disclosure.Redaction> redactions, String mark) {
        String result = title == null ? "" : title;
        for (Disclosure.Redaction r : redactions) {
            result = Pattern.compile(Pattern.quote(r.text()), Pattern.CASE_INSENSITIVE).matcher(result)
                    .replaceAll(Matcher.quoteReplacement(mark));
        }
        return result;
    }

    private static String statement(String reasonCode, Texts texts) {
        return LegalReason.fromCode(reasonCode).map(r -> r.statement(texts)).orElse(reasonCode);
    }
}
