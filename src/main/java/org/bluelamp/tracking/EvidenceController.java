package org.bluelamp.tracking;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.contact.EvidenceLink;
import org.bluelamp.contact.EvidenceLinks;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.codes.OneTimeCodes;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.bluelamp.platform.limits.Recipient;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.ReportAdditions;
import org.bluelamp.reporting.SentForm;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A "send us your evidence" link: the code step "Check your report" uses (the code to the report's own email or
 * mobile), then the upload page for that one report, then a confirmation. Opening the link sends nothing by itself
 * (mail scanners open links too). A link that no longer works gets a page that says what to do instead; a made-up
 * one reads as expired, so it tells nothing.
 */
@Controller
class EvidenceController {

    static final String SENT = "/track/evidence/sent";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(EvidenceLinks.PATH) + "[A-Za-z0-9_-]{43}");

    private final EvidenceLinks links;
    private final EvidenceUploads uploads;
    private final ReportAdditions additions;
    private final SubmittedReports reports;
    private final OneTimeCodes codes;
    private final RateLimits limits;
    private final AccessCookie access;

    EvidenceController(EvidenceLinks links, EvidenceUploads uploads, ReportAdditions additions,
                       SubmittedReports reports, OneTimeCodes codes, RateLimits limits, AccessCookie access) {
        this.links = links;
        this.uploads = uploads;
        this.additions = additions;
        this.reports = reports;
        this.codes = codes;
        this.limits = limits;
        this.access = access;
    }

    /** The link's own page if {@code then} is one (as carried through the code step), else "". */
    static String continueTo(String then) {
        return then != null && LINK.matcher(then).matches() ? then : "";
    }

    @GetMapping(EvidenceLinks.PATH + "{token}")
    String open(@PathVariable String token, Frame frame, HttpServletRequest request, Model model) {
        var link = links.find(token).filter(EvidenceLink::open);
        if (link.isEmpty()) {
            return gone(token, model);
        }
        if (passedCodeFor(link.get(), request)) {
            return upload(link.get(), SentForm.EMPTY, FormErrors.NONE, frame, token, model);
        }
        var to = codeRecipient(link.get());
        if (to.isEmpty()) {
            return gone(token, model);
        }
        model.addAttribute("page", new EvidencePage.Start(EvidenceLinks.PATH + token + "/code", masked(to.get())));
        return "tracking/evidenceStart";
    }

    @PostMapping(EvidenceLinks.PATH + "{token}/code")
    String sendCode(@PathVariable String token, HttpServletRequest request, Model model) {
        var link = links.find(token).filter(EvidenceLink::open);
        var to = link.flatMap(this::codeRecipient);
        if (to.isEmpty()) {
            return gone(token, model);
        }
        // The same limits as asking for a code from /track: per client and per report.
        limits.take(LimitedAction.TRACKING_CODE, Client.of(request), Recipient.reference(link.get().reference().value()));
        var challenge = codes.issue(CodeRequests.PURPOSE, link.get().reportId().toString(), to.get().recipient(),
                link.get().reference().value());
        model.addAttribute("page", new CodePage(challenge, masked(to.get()), FormErrors.NONE, null,
                EvidenceLinks.PATH + token));
        return "tracking/code";
    }

    @PostMapping(EvidenceLinks.PATH + "{token}")
    String send(@PathVariable String token, Frame frame, HttpServletRequest request, Model model) {
        var link = links.find(token).filter(EvidenceLink::open);
        if (link.isEmpty()) {
            return gone(token, model);
        }
        if (!passedCodeFor(link.get(), request)) {
            return "redirect:" + EvidenceLinks.PATH + token;
        }
        var sent = SentForm.of(request);
        var result = uploads.send(link.get(), token, sent, frame);
        if (result.refused()) {
            return gone(token, model); // another browser used it first
        }
        if (!result.sent()) {
            return upload(link.get(), sent, result.errors(), frame, token, model);
        }
        return "redirect:" + SENT;
    }

    @GetMapping(SENT)
    String sent() {
        return "tracking/evidenceSent";
    }

    private String upload(EvidenceLink link, SentForm sent, FormErrors errors, Frame frame, String token, Model model) {
        model.addAttribute("page", new EvidencePage.Upload(link.reference(), link.note(),
                additions.form(sent, errors, EvidenceLinks.PATH + token, frame)));
        return "tracking/evidenceUpload";
    }

    private String gone(String token, Model model) {
        // Unknown reads as expired; so does an open link whose reporter can no longer be sent a code.
        var state = links.find(token).map(EvidenceLink::state).filter(s -> s != EvidenceLink.State.OPEN)
                .orElse(EvidenceLink.State.EXPIRED);
        model.addAttribute("page", new EvidencePage.Gone(state.name().toLowerCase(Locale.ROOT)));
        return "tracking/evidenceGone";
    }

    /** Whether this browser passed the code for the link's report (here or on /track). */
    private boolean passedCodeFor(EvidenceLink link, HttpServletRequest request) {
        return access.report(request).filter(link.reportId()::equals).isPresent();
    }

    /** Where the code goes: the report's own mobile if they chose texts, else its email, else its mobile. */
    private Optional<TypedContact> codeRecipient(EvidenceLink link) {
        return reports.reporter(link.reportId()).filter(Reporter::mayBeContacted).flatMap(reporter -> {
            var email = reporter.emailAddress().map(e -> new TypedContact(e, null));
            var mobile = reporter.mobile().map(m -> new TypedContact(null, m));
            boolean texts = reporter.preference() == ContactPreference.TEXT;
            return texts ? mobile.or(() -> email) : email.or(() -> mobile);
        });
    }

    private static String masked(TypedContact contact) {
        return contact.email() != null ? contact.email().masked() : contact.phone().masked();
    }
}
