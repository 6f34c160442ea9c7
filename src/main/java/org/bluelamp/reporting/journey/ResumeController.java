package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.codes.OneTimeCodes;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.reporting.definition.Question;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The link to a draft saved for later. Opening it sends nothing by itself (mail scanners open links too): the
 * person asks for a code, types it, and the draft opens in this browser where they left off.
 */
@Controller
class ResumeController {

    private static final String CODE = "code";

    private final DraftResumption resumption;
    private final CurrentDraft current;
    private final Drafts drafts;
    private final DraftCookie cookie;
    private final QuestionEngine engine;
    private final LocaleResolver languageChoice;

    ResumeController(DraftResumption resumption, CurrentDraft current, Drafts drafts, DraftCookie cookie,
                     QuestionEngine engine, LocaleResolver languageChoice) {
        this.languageChoice = languageChoice;
        this.resumption = resumption;
        this.current = current;
        this.drafts = drafts;
        this.cookie = cookie;
        this.engine = engine;
    }

    @GetMapping(SaveForLater.RESUME_PATH + "{token}")
    String offer(@PathVariable String token, Model model) {
        var found = resumption.find(token);
        if (!found.open()) {
            return gone(found, model);
        }
        model.addAttribute("page", page(token, found.link(), "", FormErrors.NONE, null, null));
        return "reporting/resume";
    }

    @PostMapping(SaveForLater.RESUME_PATH + "{token}")
    String sendCode(@PathVariable String token, HttpServletRequest request, Model model) {
        var found = resumption.sendCode(token, Client.of(request));
        if (!found.open()) {
            return gone(found, model);
        }
        return "redirect:" + resumePath(token) + "/code";
    }

    @GetMapping(SaveForLater.RESUME_PATH + "{token}/code")
    String askForCode(@PathVariable String token, @RequestParam(required = false) String sent, Frame frame,
                      Model model) {
        var found = resumption.find(token);
        if (!found.open() || found.link().challengeId() == null) {
            return "redirect:" + resumePath(token);
        }
        model.addAttribute("page", page(token, found.link(), "/code", FormErrors.NONE, "",
                sent != null ? frame.t("resume.code.new-sent") : null));
        return "reporting/resumeCode";
    }

    @PostMapping(SaveForLater.RESUME_PATH + "{token}/code")
    String enterCode(@PathVariable String token, @RequestParam(name = CODE, required = false) String typed,
                     Frame frame, HttpServletRequest request, HttpServletResponse response, Model model) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{6}")) {
            return codeError(token, typed, frame.t(digits.isEmpty() ? "resume.code.required" : "resume.code.format"),
                    model);
        }
        String browser = cookie.tokenHashOrIssue(request, response);
        var entered = resumption.enter(token, digits, browser);
        if (!entered.link().open() || entered.check() == null) {
            return "redirect:" + resumePath(token);
        }
        if (!entered.passed()) {
            String outcome = entered.check().outcome().name().toLowerCase(Locale.ROOT);
            return codeError(token, "", frame.t("resume.code." + outcome), model);
        }
        // The draft opens in the language it was saved in, whatever this browser was reading before.
        drafts.languageOf(entered.link().link().draftId())
                .ifPresent(language -> languageChoice.setLocale(request, response, language.locale()));
        return "redirect:" + whereTheyLeftOff(entered.link().link().serviceId(), browser);
    }

    @PostMapping(SaveForLater.RESUME_PATH + "{token}/new-code")
    String sendNewCode(@PathVariable String token, Frame frame, HttpServletRequest request, Model model) {
        var resent = resumption.sendNewCode(token, Client.of(request));
        if (resent.isEmpty()) {
            return "redirect:" + resumePath(token);
        }
        if (resent.get() == OneTimeCodes.Resend.SENT) {
            return "redirect:" + resumePath(token) + "/code?sent=new";
        }
        String key = resent.get() == OneTimeCodes.Resend.TOO_SOON ? "resume.code.too-soon" : "resume.code.too-many";
        return codeError(token, "", frame.t(key), model);
    }

    /** The first question still to answer, or "Check your answers" when there is none. */
    private String whereTheyLeftOff(String serviceId, String browser) {
        var service = current.service(serviceId);
        var draft = drafts.find(browser, serviceId);
        if (draft.isEmpty()) {
            return JourneyPaths.start(serviceId); // deleted in the moment since the code was checked
        }
        var open = current.open(service, draft.get());
        return engine.firstUnanswered(open).map(Question::id)
                .map(id -> JourneyPaths.page(serviceId, id))
                .orElse(JourneyPaths.page(serviceId, JourneyPaths.CHECK_ANSWERS));
    }

    /** The link's address with the token as typed made safe to send back: a forged one may hold anything. */
    private static String resumePath(String token) {
        return SaveForLater.RESUME_PATH + UriUtils.encodePathSegment(token, StandardCharsets.UTF_8);
    }

    private String codeError(String token, String typed, String message, Model model) {
        var found = resumption.find(token);
        if (!found.open()) {
            return gone(found, model);
        }
        model.addAttribute("page", page(token, found.link(), "/code", FormErrors.of(new ErrorMessage(CODE, message)), typed,
                null));
        return "reporting/resumeCode";
    }

    private String gone(DraftResumption.Found found, Model model) {
        var link = found.link();
        String reason = found.state().name().toLowerCase(Locale.ROOT);
        var deletedAfter = link == null ? null : link.draftExpiresAt();
        String start = link == null ? "/report" : JourneyPaths.start(link.serviceId());
        model.addAttribute("page", new ResumeGonePage(reason, deletedAfter, start));
        return "reporting/resumeGone";
    }

    private ResumePage page(String token, ResumeLink link, String step, FormErrors errors, String code, String notice) {
        String base = SaveForLater.RESUME_PATH + token;
        String title = current.service(link.serviceId()).title();
        return new ResumePage(title, link.address().masked(), link.address().email() != null, base + step,
                base + "/new-code", code, errors, notice);
    }
}
