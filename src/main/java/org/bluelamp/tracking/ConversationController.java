package org.bluelamp.tracking;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.ReportAdditions;
import org.bluelamp.reporting.SentForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Instant;
import java.util.List;

/** "Send a message about your report", with the access cookie only: the reporter writes to whoever deals with it. */
@Controller
class ConversationController {

    static final String MESSAGE = "/track/report/message";

    private final AccessCookie access;
    private final ReporterConversation conversation;
    private final ReportAdditions additions;
    private final TrackingProperties properties;

    ConversationController(AccessCookie access, ReporterConversation conversation, ReportAdditions additions,
                           TrackingProperties properties) {
        this.access = access;
        this.conversation = conversation;
        this.additions = additions;
        this.properties = properties;
    }

    @GetMapping(MESSAGE)
    String form(Frame frame, HttpServletRequest request, Model model) {
        var reportId = access.report(request);
        if (reportId.isEmpty()) {
            return "redirect:/track";
        }
        var allowance = conversation.allowance(reportId.get());
        if (!allowance.open()) {
            return "redirect:" + ReportPageController.REPORT;
        }
        return page(SentForm.EMPTY, FormErrors.NONE, allowance.limitedUntil(), frame, model);
    }

    @PostMapping(MESSAGE)
    String send(Frame frame, HttpServletRequest request, Model model) {
        var reportId = access.report(request);
        if (reportId.isEmpty()) {
            return "redirect:/track";
        }
        var sent = SentForm.of(request);
        var outcome = conversation.send(reportId.get(), sent, frame);
        if (outcome.closed()) {
            return "redirect:" + ReportPageController.REPORT;
        }
        if (!outcome.sent()) {
            return page(sent, outcome.errors(), outcome.nextAllowed(), frame, model);
        }
        return "redirect:" + ReportPageController.REPORT + "?sent#conversation";
    }

    private String page(SentForm sent, FormErrors errors, Instant limitedUntil, Frame frame, Model model) {
        String words = sent.values().getOrDefault(ReporterConversation.WORDS, List.of()).stream().findFirst()
                .orElse("");
        model.addAttribute("page", new MessagePage(additions.form(sent, errors, MESSAGE, frame), words, errors,
                limitedUntil, properties.messagesPerDay(), properties.replyWithin()));
        return "tracking/message";
    }
}
