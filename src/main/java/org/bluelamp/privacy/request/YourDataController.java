package org.bluelamp.privacy.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public form to ask for the information the force holds about you, one thing a page. Progress is kept in a
 * draft found by the person's cookie; every page works without JavaScript and keeps what was typed when it errs.
 */
@Controller
class YourDataController {

    private static final String STEPS = "{step:name|contact|what|identity|receive}";

    private final RequestDrafts drafts;
    private final RequestIntake intake;
    private final DataRequests requests;
    private final DueDates dueDates;
    private final IdentityUploads uploads;
    private final AnswerSummary summary;
    private final RateLimits limits;

    YourDataController(RequestDrafts drafts, RequestIntake intake, DataRequests requests, DueDates dueDates,
                       IdentityUploads uploads, AnswerSummary summary, RateLimits limits) {
        this.limits = limits;
        this.drafts = drafts;
        this.intake = intake;
        this.requests = requests;
        this.dueDates = dueDates;
        this.uploads = uploads;
        this.summary = summary;
    }

    @GetMapping("/your-data")
    String start() {
        return "privacy/yourData/start";
    }

    @PostMapping("/your-data/start")
    String begin(HttpServletRequest request, HttpServletResponse response) {
        limits.take(LimitedAction.DRAFT_STARTED, Client.of(request));
        DraftCookie.set(drafts.start(), request, response);
        return "redirect:/your-data/name";
    }

    @GetMapping("/your-data/" + STEPS)
    String show(@PathVariable String step, @RequestParam(required = false) String change, HttpServletRequest request,
                Model model) {
        var token = DraftCookie.token(request);
        var draft = token.flatMap(drafts::find);
        if (draft.isEmpty()) {
            return "redirect:/your-data";
        }
        if (draft.get().submittedAs() != null) {
            return "redirect:/your-data/done";
        }
        return page(FormStep.fromCode(step).orElseThrow(), draft.get().answers(), FormErrors.NONE, change != null,
                draft.get(), model);
    }

    @PostMapping("/your-data/{step:name|contact|what|receive}")
    String save(@PathVariable String step, @RequestParam(required = false) String change, Frame frame,
                HttpServletRequest request, Model model) {
        var token = DraftCookie.token(request);
        var draft = token.flatMap(drafts::find);
        if (draft.isEmpty() || draft.get().submittedAs() != null) {
            return "redirect:/your-data";
        }
        var formStep = FormStep.fromCode(step).orElseThrow();
        var typed = typed(formStep, request);
        return saveOrShow(token.get(), draft.get(), formStep, typed, List.of(), change != null, frame, model);
    }

    @PostMapping("/your-data/identity")
    String identity(@RequestParam(required = false) String change, @RequestParam(required = false) MultipartFile file,
                    Frame frame, HttpServletRequest request, Model model) {
        var token = DraftCookie.token(request);
        var draft = token.flatMap(drafts::find);
        if (draft.isEmpty() || draft.get().submittedAs() != null) {
            return "redirect:/your-data";
        }
        var typed = typed(FormStep.IDENTITY, request);
        var fileErrors = new ArrayList<ErrorMessage>();
        if ("upload".equals(typed.get("identity")) && file != null && file.getOriginalFilename() != null
                && !file.getOriginalFilename().isBlank()) {
            uploads.keep(token.get(), file, frame).ifPresent(fileErrors::add);
        }
        return saveOrShow(token.get(), drafts.find(token.get()).orElseThrow(), FormStep.IDENTITY, typed, fileErrors,
                change != null, frame, model);
    }

    @GetMapping("/your-data/check")
    String check(Frame frame, HttpServletRequest request, Model model) {
        var draft = DraftCookie.token(request).flatMap(drafts::find);
        if (draft.isEmpty()) {
            return "redirect:/your-data";
        }
        if (draft.get().submittedAs() != null) {
            return "redirect:/your-data/done";
        }
        var unfinished = firstUnfinished(draft.get(), frame);
        if (unfinished.isPresent()) {
            return "redirect:/your-data/" + unfinished.get().code();
        }
        model.addAttribute("page", new CheckPage(summary.rows(draft.get(), frame)));
        return "privacy/yourData/check";
    }

    @PostMapping("/your-data/check")
    String send(Frame frame, HttpServletRequest request) {
        var token = DraftCookie.token(request);
        var draft = token.flatMap(drafts::find);
        if (draft.isEmpty()) {
            return "redirect:/your-data";
        }
        var unfinished = draft.get().submittedAs() == null ? firstUnfinished(draft.get(), frame) : Optional.<FormStep>empty();
        if (unfinished.isPresent()) {
            return "redirect:/your-data/" + unfinished.get().code();
        }
        intake.submit(token.get(), Client.of(request));
        return "redirect:/your-data/done";
    }

    @GetMapping("/your-data/done")
    String done(HttpServletRequest request, Model model) {
        var sent = DraftCookie.token(request).flatMap(drafts::find).map(RequestDrafts.Draft::submittedAs)
                .flatMap(requests::byId);
        if (sent.isEmpty()) {
            return "redirect:/your-data";
        }
        var r = sent.get();
        model.addAttribute("page", new DonePage(r.reference(), r.dueOn() == null ? null : DueDates.show(r.dueOn()),
                r.identity().equals("station"), r.receiveBy().equals("post"),
                r.email() != null || UkPhoneNumber.parse(r.phone()).filter(UkPhoneNumber::mobile).isPresent()));
        return "privacy/yourData/done";
    }

    private String saveOrShow(String token, RequestDrafts.Draft draft, FormStep step, Map<String, String> typed,
                              List<ErrorMessage> fileErrors, boolean change, Frame frame, Model model) {
        var all = new LinkedHashMap<>(draft.answers());
        all.putAll(typed);
        var errors = new ArrayList<>(fileErrors);
        if (errors.isEmpty()) {
            errors.addAll(RequestAnswers.check(step, all, draft.file() != null, dueDates.today(), frame));
        }
        if (!errors.isEmpty()) {
            return page(step, all, new FormErrors(errors), change, draft, model);
        }
        drafts.save(token, typed);
        return change || step.next().isEmpty() ? "redirect:/your-data/check"
                : "redirect:/your-data/" + step.next().get().code();
    }

    private Optional<FormStep> firstUnfinished(RequestDrafts.Draft draft, Frame frame) {
        for (FormStep step : FormStep.values()) {
            if (!RequestAnswers.check(step, draft.answers(), draft.file() != null, dueDates.today(), frame).isEmpty()) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private String page(FormStep step, Map<String, String> values, FormErrors errors, boolean change,
                        RequestDrafts.Draft draft, Model model) {
        String back = change ? "/your-data/check"
                : step.ordinal() == 0 ? "/your-data" : "/your-data/" + FormStep.values()[step.ordinal() - 1].code();
        model.addAttribute("page", new FormPage(step.code(), values, errors, change,
                draft.file() == null ? null : draft.file().name(), back));
        return "privacy/yourData/" + step.code();
    }

    private static Map<String, String> typed(FormStep step, HttpServletRequest request) {
        var typed = new LinkedHashMap<String, String>();
        for (String field : step.fields()) {
            String value = request.getParameter(field);
            typed.put(field, value == null ? "" : RequestAnswers.clean(value));
        }
        return typed;
    }
}
