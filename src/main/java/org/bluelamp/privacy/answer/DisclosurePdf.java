package org.bluelamp.privacy.answer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.bluelamp.platform.pdf.PdfPages;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Writes a disclosure as a PDF with every redaction burned in: the removed text is not in the file at all. */
@Component
public class DisclosurePdf {

    private static final float TITLE = 22;
    private static final float HEADING = 15;
    private static final float BODY = 11;
    private static final float SMALL = 10;

    private final MessageSource messages = AnswerTexts.source();

    /** The answer in its language: every word and date, and the language the file declares (/Lang). */
    public byte[] write(Disclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        var texts = new AnswerTexts(messages, disclosure.language());
        Map<String, Integer> reasons = numberedReasons(disclosure);
        try (var document = new PDDocument()) {
            // A title and language only: no author, and nothing about whom the answer is for.
            String title = texts.t("privacy.answer.title", text(disclosure.requestReference()));
            try (var pages = new PdfPages(document, title, texts.t("language.tag"))) {
                heading(pages, texts, disclosure, reasons);
                sections(pages, texts, disclosure, reasons);
                reasons(pages, texts, reasons);
                refusals(pages, texts, disclosure);
                pages.number((page, of) -> texts.t("privacy.answer.page", page, of));
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the answer as a PDF", e);
        }
    }

    private static void heading(PdfPages pages, AnswerTexts texts, Disclosure disclosure, Map<String, Integer> reasons) {
        pages.paragraph(text(disclosure.forceName()), BODY, PdfPages.GREY);
        pages.space(4);
        pages.heading(1, texts.t("privacy.answer.heading"), TITLE);
        pages.space(6);
        pages.paragraph(texts.t("privacy.answer.reference", text(disclosure.requestReference())), BODY);
        pages.paragraph(texts.t("privacy.answer.subject", text(disclosure.subjectName())), BODY);
        if (disclosure.answeredAt() != null) {
            pages.paragraph(texts.t("privacy.answer.answered", texts.date(disclosure.answeredAt())), BODY);
        }
        pages.space(10);
        pages.paragraph(texts.t("privacy.answer.intro", text(disclosure.forceName())), BODY);
        pages.space(4);
        pages.paragraph(texts.t(reasons.isEmpty() ? "privacy.answer.no-redactions"
                : "privacy.answer.redaction-explained"), BODY);
    }

    private static void sections(PdfPages pages, AnswerTexts texts, Disclosure disclosure, Map<String, Integer> reasons) {
        if (disclosure.sections() == null || disclosure.sections().isEmpty()) {
            pages.space(14);
            pages.paragraph(texts.t("privacy.answer.nothing-held"), BODY);
            return;
        }
        for (Disclosure.Section section : disclosure.sections()) {
            pages.space(18);
            pages.keepRoom(HEADING * 4);
            pages.heading(2, text(section.title()), HEADING);
            pages.paragraph(texts.t("privacy.answer.section-meta", texts.kind(text(section.kind())), text(section.reference())),
                    SMALL, PdfPages.GREY);
            if (section.at() != null) {
                pages.paragraph(texts.t("privacy.answer.section-when", texts.dateAndTime(section.at())), SMALL,
                        PdfPages.GREY);
            }
            pages.space(6);
            for (Disclosure.Line line : lines(section)) {
                pages.paragraph(runs(line, texts, reasons), BODY, 0, Color.BLACK);
                pages.space(3);
            }
        }
    }

    /** "Label: value", each redacted span a mark whose number points to its reasons. */
    private static List<PdfPages.Run> runs(Disclosure.Line line, AnswerTexts texts, Map<String, Integer> reasons) {
        var runs = new ArrayList<PdfPages.Run>();
        runs.add(new PdfPages.Text(texts.t("privacy.answer.line", text(line.label())) + " "));
        for (Redactor.Piece piece : Redactor.split(line.value(), line.redactions())) {
            switch (piece) {
                case Redactor.Shown shown -> runs.add(new PdfPages.Text(shown.text()));
                case Redactor.Redacted redacted -> runs.add(new PdfPages.Mark(texts.t("privacy.answer.redacted-mark",
                        redacted.reasons().stream().map(reasons::get).map(String::valueOf)
                                .collect(Collectors.joining(", ")))));
            }
        }
        return runs;
    }

    private static void reasons(PdfPages pages, AnswerTexts texts, Map<String, Integer> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        pages.space(24);
        pages.keepRoom(HEADING * 4);
        pages.heading(2, texts.t("privacy.answer.reasons.heading"), HEADING);
        pages.space(6);
        pages.startList();
        reasons.forEach((reason, number) -> {
            String item = texts.t("privacy.answer.reason", number, reason);
            int dot = item.indexOf(' ');
            pages.listItem(item.substring(0, dot), List.of(new PdfPages.Text(item.substring(dot + 1))), BODY);
            pages.space(3);
        });
        pages.endList();
    }

    private static void refusals(PdfPages pages, AnswerTexts texts, Disclosure disclosure) {
        pages.space(24);
        pages.keepRoom(HEADING * 4);
        pages.heading(2, texts.t("privacy.answer.refusals.heading"), HEADING);
        pages.space(6);
        if (disclosure.refusals() == null || disclosure.refusals().isEmpty()) {
            pages.paragraph(texts.t("privacy.answer.refusals.none"), BODY);
            return;
        }
        for (Disclosure.Refusal refusal : disclosure.refusals()) {
            pages.paragraph(text(refusal.what()), BODY);
            pages.paragraph(List.of(new PdfPages.Text(texts.t("privacy.answer.refusal-reason", text(refusal.reason())))),
                    BODY, 14, PdfPages.GREY);
            pages.space(6);
        }
    }

    /** Each reason a redaction in the answer gives, numbered in the order the reader meets them. */
    private static Map<String, Integer> numberedReasons(Disclosure disclosure) {
        var numbers = new LinkedHashMap<String, Integer>();
        for (Disclosure.Section section : disclosure.sections() == null ? List.<Disclosure.Section>of()
                : disclosure.sections()) {
            for (Disclosure.Line line : lines(section)) {
                for (Redactor.Piece piece : Redactor.split(line.value(), line.redactions())) {
                    if (piece instanceof Redactor.Redacted redacted) {
                        redacted.reasons().forEach(reason -> numbers.putIfAbsent(reason, numbers.size() + 1));
                    }
                }
            }
        }
        return numbers;
    }

    private static List<Disclosure.Line> lines(Disclosure.Section section) {
        return section.lines() == null ? List.of() : section.lines();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
