package org.bluelamp.reporting.journey;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.pdf.PdfPages;
import org.bluelamp.reporting.SubmittedReport;
import org.bluelamp.reporting.definition.ServiceDefinition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The printable copy of a sent report (a collision's, for an insurer) as a tagged PDF: the same words as the copy
 * page, in the reader's language, its answers a table of question and answer.
 */
final class CopyPdf {

    private static final float TITLE = 22;
    private static final float HEADING = 15;
    private static final float BODY = 11;

    private CopyPdf() {
    }

    static byte[] write(ServiceDefinition service, SubmittedReport report, Frame frame) {
        var copy = service.printableCopy();
        try (var document = new PDDocument()) {
            try (var pages = new PdfPages(document, copy.heading() + " " + report.reference().value(),
                    frame.t("language.tag"))) {
                pages.paragraph(frame.force().name(), BODY, PdfPages.GREY);
                pages.space(4);
                pages.heading(1, copy.heading(), TITLE);
                pages.space(6);
                pages.paragraph(copy.intro(), BODY);
                pages.space(10);
                pages.startTable();
                pages.tableRow(frame.t("copy.reference"), List.of(report.reference().value()), BODY);
                pages.tableRow(frame.t("copy.reported-to"), List.of(frame.force().name()), BODY);
                pages.tableRow(frame.t("copy.sent"), List.of(frame.dates().dateAndTime(report.submittedAt())), BODY);
                pages.endTable();
                pages.space(18);
                pages.heading(2, frame.t("copy.what-was-reported"), HEADING);
                pages.space(6);
                pages.startTable();
                for (var answer : report.answers()) {
                    if (service.question(answer.questionId()).map(q -> !q.leaveOutOfCopy()).orElse(true)) {
                        pages.space(4);
                        pages.tableRow(answer.question(), answer.answer(), BODY);
                    }
                }
                pages.endTable();
                pages.number((page, of) -> frame.t("copy.pdf.page", page, of));
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the copy as a PDF", e);
        }
    }
}
