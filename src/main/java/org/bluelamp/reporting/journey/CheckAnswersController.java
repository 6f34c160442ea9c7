package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.reporting.ConfirmationNote;
import org.bluelamp.reporting.SubmittedReport;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;

/** "Check your answers", the declaration, sending the report and the confirmation with its reference. */
@Controller
class CheckAnswersController {

    static final String DECLARATION_ACCEPTED = "accepted";

    private final CurrentDraft current;
    private final QuestionEngine engine;
    private final ReportSubmission submission;
    private final Reports reports;
    private final List<ConfirmationNote> notes;
    private final ConfirmationNotes definitionNotes;

    CheckAnswersController(CurrentDraft current, QuestionEngine engine, ReportSubmission submission, Reports reports,
                           List<ConfirmationNote> notes, ConfirmationNotes definitionNotes) {
        this.definitionNotes = definitionNotes;
        this.current = current;
        this.engine = engine;
        this.submission = submission;
        this.reports = reports;
        this.notes = notes;
    }

    @GetMapping("/report/{serviceId}/" + JourneyPaths.CHECK_ANSWERS)
    String show(@PathVariable String serviceId, Frame frame, HttpServletRequest request,
                Model model) {
        return checkAnswers(current.open(serviceId, request), frame, model, FormErrors.NONE);
    }

    @PostMapping("/report/{serviceId}/submit")
    String submit(@PathVariable String serviceId, @RequestParam(defaultValue = "") String declaration,
                  Frame frame, HttpServletRequest request, Model model) {
        var service = current.service(serviceId);
        var draft = current.draft(request, service)
                .orElseThrow(() -> new JourneyRedirect(JourneyPaths.start(serviceId)));
        if (!draft.submitted() && !DECLARATION_ACCEPTED.equals(declaration)) {
            return checkAnswers(current.open(service, draft), frame, model,
                    FormErrors.of(new ErrorMessage("declaration", frame.t("check.declaration.required"))));
        }
        return submission.submit(draft.id(), service, Client.of(request), frame.language())
                .map(reference -> JourneyPaths.redirect(serviceId, "confirmation"))
                .orElseGet(() -> JourneyPaths.redirect(serviceId, current.open(service, draft).resumePage()));
    }

    @GetMapping("/report/{serviceId}/confirmation")
    String confirmation(@PathVariable String serviceId, Frame frame, HttpServletRequest request, Model model) {
        var service = current.service(serviceId);
        var receipt = current.draft(request, service).filter(Draft::submitted)
                .flatMap(draft -> reports.receiptOf(draft.reportId()))
                .orElseThrow(() -> new JourneyRedirect(JourneyPaths.start(service.id())));
        model.addAttribute("service", service);
        model.addAttribute("reference", receipt.reference().value());
        model.addAttribute("anonymous", receipt.anonymous());
        model.addAttribute("contact", receipt.notSafeToContact() ? "confirmation.contact.not-safe"
                : receipt.onlyAtCertainTimes() ? "confirmation.contact.certain-times" : "confirmation.contact");
        model.addAttribute("notes", java.util.stream.Stream.concat(
                definitionNotes.paragraphs(service, receipt.answers(), receipt.submittedAt()).stream(),
                notes.stream().flatMap(note -> note.paragraphs(service.id(), frame).stream())).toList());
        return "reporting/confirmation";
    }

    /** The sent report as a clean page to print or save, for services that offer one (a collision, for an insurer). */
    @GetMapping("/report/{serviceId}/" + JourneyPaths.COPY)
    String copy(@PathVariable String serviceId, Frame frame, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        var service = current.service(serviceId);
        if (service.printableCopy() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("service", service);
        model.addAttribute("report", sentReport(service, frame, request));
        return "reporting/copy";
    }

    /** The same copy as a tagged, accessible PDF to download and send on, in the page's language. */
    @GetMapping("/report/{serviceId}/" + JourneyPaths.COPY + ".pdf")
    ResponseEntity<byte[]> copyPdf(@PathVariable String serviceId, HttpServletRequest request, Frame frame) {
        var service = current.service(serviceId);
        if (service.printableCopy() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var report = sentReport(service, frame, request);
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.reference().value() + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(CopyPdf.write(service, report, frame));
    }

    /**
     * The report this browser sent with the service, its answers in the page's language; without one, the journey
     * starts again.
     */
    private SubmittedReport sentReport(ServiceDefinition service, Frame frame, HttpServletRequest request) {
        var draft = current.draft(request, service).filter(Draft::submitted)
                .orElseThrow(() -> new JourneyRedirect(JourneyPaths.start(service.id())));
        var report = reports.find(draft.reportId())
                .orElseThrow(() -> new JourneyRedirect(JourneyPaths.start(service.id())));
        if (frame.language().isBase()) {
            return report;
        }
        var answers = reports.receiptOf(draft.reportId()).map(Reports.Receipt::answers).orElse(Map.of());
        return new SubmittedReport(report.id(), report.reference(), service.title(), report.definitionVersion(),
                report.submittedAt(), report.anonymous(), submission.summary(service, answers, frame),
                report.attachments());
    }

    private String checkAnswers(OpenDraft open, Frame frame, Model model, FormErrors errors) {
        var missing = engine.firstUnanswered(open);
        if (missing.isPresent()) {
            return JourneyPaths.redirect(open.service().id(), missing.get().id());
        }
        String serviceId = open.service().id();
        var summary = engine.summary(open, frame);
        var rows = summary.stream().map(line -> new CheckAnswersPage.Row(line.question().id(),
                line.question().summaryTitle(), line.lines(),
                JourneyPaths.page(serviceId, line.question().id()) + "?change=true")).toList();
        String back = JourneyPaths.page(serviceId, summary.getLast().question().id());
        model.addAttribute("page", new CheckAnswersPage(open.service(), rows, errors, back));
        return "reporting/checkAnswers";
    }
}
