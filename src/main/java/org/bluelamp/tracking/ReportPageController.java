package org.bluelamp.tracking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.contact.ContactsForReporters;
import org.bluelamp.contact.ReporterProgress;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.ReportAdditions;
import org.bluelamp.reporting.SentForm;
import org.bluelamp.reporting.ServiceTitles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;
import java.util.UUID;

/** The reporter's own report, with the access cookie only: how it is going, and adding to it or answering. */
@Controller
class ReportPageController {

    static final String REPORT = "/track/report";
    static final String ADD = "/track/report/add";
    private static final String START_AGAIN = "redirect:/track";

    private final AccessCookie access;
    private final ContactsForReporters contacts;
    private final ReportAdditions additions;
    private final ReporterAdditions reporterAdditions;
    private final ServiceTitles titles;
    private final SupportServices support;

    ReportPageController(AccessCookie access, ContactsForReporters contacts, ReportAdditions additions,
                         ReporterAdditions reporterAdditions, ServiceTitles titles, SupportServices support) {
        this.titles = titles;
        this.support = support;
        this.access = access;
        this.contacts = contacts;
        this.additions = additions;
        this.reporterAdditions = reporterAdditions;
    }

    @GetMapping(REPORT)
    String report(@RequestParam(required = false) String added, @RequestParam(required = false) String sent,
                  Frame frame, HttpServletRequest request, Model model) {
        var reportId = access.report(request);
        if (reportId.isEmpty()) {
            return START_AGAIN;
        }
        var progress = contacts.progress(reportId.get()).orElse(null);
        String title = progress == null ? null
                : titles.title(progress.serviceId(), frame.language()).orElse(progress.serviceTitle());
        var handling = progress == null ? null : contacts.handling(reportId.get(), frame.language()).orElse(null);
        model.addAttribute("page", new TrackedReportPage(progress, title, added != null,
                contacts.conversation(reportId.get()), sent != null, handling, support.in(frame.language())));
        return "tracking/report";
    }

    @GetMapping(ADD)
    String addForm(@RequestParam(defaultValue = "") String request, Frame frame, HttpServletRequest http, Model model) {
        var reportId = access.report(http);
        if (reportId.isEmpty()) {
            return START_AGAIN;
        }
        model.addAttribute("page", new AddInformationPage(additions.form(SentForm.EMPTY, FormErrors.NONE, ADD, frame),
                openQuestion(reportId.get(), request).orElse(null)));
        return "tracking/add";
    }

    @PostMapping(ADD)
    String add(@RequestParam(defaultValue = "") String request, Frame frame, HttpServletRequest http, Model model) {
        var reportId = access.report(http);
        if (reportId.isEmpty()) {
            return START_AGAIN;
        }
        var question = openQuestion(reportId.get(), request);
        var sent = SentForm.of(http);
        var outcome = reporterAdditions.add(reportId.get(), question.map(ReporterProgress.OpenQuestion::requestId)
                .orElse(null), sent, frame);
        if (!outcome.added()) {
            model.addAttribute("page", new AddInformationPage(additions.form(sent, outcome.errors(), ADD, frame),
                    question.orElse(null)));
            return "tracking/add";
        }
        return "redirect:" + REPORT + "?added";
    }

    /** Ends this browser's access, for a shared computer. */
    @PostMapping("/track/report/leave")
    String leave(HttpServletRequest request, HttpServletResponse response) {
        access.end(request, response);
        return START_AGAIN;
    }

    /** The question with this id if it is this report's and still waits for an answer. */
    private Optional<ReporterProgress.OpenQuestion> openQuestion(UUID reportId, String requestId) {
        return contacts.progress(reportId).stream().flatMap(p -> p.questions().stream())
                .filter(q -> q.requestId().toString().equals(requestId)).findFirst();
    }
}
