package org.bluelamp.tracking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.codes.CodeCheck;
import org.bluelamp.platform.codes.OneTimeCodes;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.bluelamp.platform.limits.Recipient;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * "Check your report": the reference and contact, then the code. Every answer after a well-formed form is the same
 * code page, whatever matched; a passed code gives the browser access to that one report.
 */
@Controller
class TrackController {

    /** The longest email address there can be. */
    private static final int LONGEST_CONTACT = 320;

    private final CodeRequests requests;
    private final RateLimits limits;
    private final OneTimeCodes codes;
    private final AccessCookie access;
    private final SubmittedReports reports;

    TrackController(CodeRequests requests, RateLimits limits, OneTimeCodes codes, AccessCookie access,
                    SubmittedReports reports) {
        this.requests = requests;
        this.limits = limits;
        this.codes = codes;
        this.access = access;
        this.reports = reports;
    }

    /** {@code /track?ref=LP-7K3-M9Q-TXE}, as linked from messages, fills in the reference. */
    @GetMapping("/track")
    String start(@RequestParam(defaultValue = "") String ref, Model model) {
        model.addAttribute("page", new TrackStartPage(ref.strip(), "", FormErrors.NONE));
        return "tracking/start";
    }

    /** The same with the reference in the path; a browser that may already see that report goes straight to it. */
    @GetMapping("/track/{ref:[A-Za-z]{2,3}-[A-Za-z0-9-]+}")
    String startFor(@PathVariable String ref, HttpServletRequest request, Model model) {
        var reportId = Reference.parse(ref).flatMap(reports::idOf);
        if (reportId.isPresent() && access.report(request).equals(reportId)) {
            return "redirect:" + ReportPageController.REPORT;
        }
        return start(ref, model);
    }

    @PostMapping("/track")
    String requestCode(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String contact,
                       Frame frame, HttpServletRequest request, HttpServletResponse response, Model model) {
        var typedReference = Reference.parse(reference);
        var typedContact = TypedContact.parse(contact);
        var errors = new ArrayList<ErrorMessage>();
        if (typedReference.isEmpty()) {
            errors.add(new ErrorMessage("reference", frame.t(reference.isBlank() ? "track.reference.required"
                    : "track.reference.invalid")));
        }
        if (typedContact.isEmpty()) {
            errors.add(new ErrorMessage("contact", frame.t(contact.isBlank() ? "track.contact.required"
                    : "track.contact.invalid")));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("page", new TrackStartPage(reference, contact, new FormErrors(errors)));
            return "tracking/start";
        }
        // Counted before anything is looked up, so a real and a made-up reference are limited alike.
        limits.take(LimitedAction.TRACKING_CODE, Client.of(request), Recipient.reference(typedReference.get().value()));
        var challenge = requests.request(typedReference.get(), typedContact.get());
        model.addAttribute("page", new CodePage(challenge, contact.strip(), FormErrors.NONE, null));
        return "tracking/code";
    }

    @PostMapping("/track/code")
    String checkCode(@RequestParam(defaultValue = "") String challenge, @RequestParam(defaultValue = "") String contact,
                     @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String then,
                     Frame frame, HttpServletRequest request, HttpServletResponse response, Model model) {
        var id = challengeId(challenge);
        String digits = code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return codePage(id, contact, frame.t(digits.isEmpty() ? "track.code.required" : "track.code.invalid"),
                    null, then, model);
        }
        var check = id.map(c -> codes.check(c, CodeRequests.PURPOSE, digits))
                .orElse(new CodeCheck(CodeCheck.Outcome.EXPIRED, null, 0));
        return switch (check.outcome()) {
            case PASSED -> {
                access.give(UUID.fromString(check.subject()), request, response);
                // after an evidence link's code, back to its upload page (which checks the link is this report's)
                String evidence = EvidenceController.continueTo(then);
                yield "redirect:" + (evidence.isEmpty() ? ReportPageController.REPORT : evidence);
            }
            case WRONG -> codePage(id, contact, frame.t("track.code.wrong", check.attemptsLeft()), null, then, model);
            case EXPIRED, LOCKED -> codePage(id, contact, frame.t("track.code.expired"), null, then, model);
        };
    }

    @PostMapping("/track/code/resend")
    String resend(@RequestParam(defaultValue = "") String challenge, @RequestParam(defaultValue = "") String contact,
                  @RequestParam(defaultValue = "") String then, Frame frame, Model model) {
        var id = challengeId(challenge);
        var resent = id.map(c -> codes.resend(c, CodeRequests.PURPOSE)).orElse(OneTimeCodes.Resend.TOO_MANY);
        return codePage(id, contact, null, frame.t("track.resend." + resent.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                then, model);
    }

    private static String codePage(Optional<UUID> challenge, String contact, String error, String notice, String then,
                                   Model model) {
        // only shown back to the person who typed it (it came checked, but a form can be changed): kept short
        contact = contact.length() > LONGEST_CONTACT ? contact.substring(0, LONGEST_CONTACT) : contact;
        var errors = error == null ? FormErrors.NONE : FormErrors.of(new ErrorMessage("code", error));
        model.addAttribute("page", new CodePage(challenge.orElse(new UUID(0, 0)), contact.strip(), errors, notice, then));
        return "tracking/code";
    }

    private static Optional<UUID> challengeId(String typed) {
        try {
            return Optional.of(UUID.fromString(typed));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
