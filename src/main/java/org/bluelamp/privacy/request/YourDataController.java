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
import org.bluelamp.reporting.FormReview;
import org.bluelamp.reporting.journey.DraftCookie;
import org.bluelamp.reporting.journey.FormEngine;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public form to ask for the information the force holds about you, one thing a page. Its steps are the definition
 * {@code forms/your-data.yaml}, read, checked (with {@link YourDataForm}'s rules), ordered, reviewed and sent by the
 * form engine, as every public form is. Progress is kept in a draft found by the browser's draft cookie, the one every public form
 * uses; every page works without JavaScript and keeps what was typed when it errs.
 */
@Controller
class YourDataController {

    private static final String IDENTITY = "identity";

    private final RequestDrafts drafts;
    private final DataRequests requests;
    private final IdentityUploads uploads;
    private final RateLimits limits;
    private final FormEngine engine;
    private final DraftCookie cookie;

    YourDataController(RequestDrafts drafts, DataRequests requests, IdentityUploads uploads, RateLimits limits,
                       FormEngine engine, DraftCookie cookie) {
        this.limits = limits;
        this.cookie = cookie;
        this.engine = engine;
        this.drafts = drafts;
        this.requests = requests;
        this.uploads = uploads;
    }

    @GetMapping("/your-data")
    String start() {
        return "privacy/yourData/start";
    }

    @PostMapping("/your-data/start")
    String begin(HttpServletRequest request, HttpServletResponse response) {
        limits.take(LimitedAction.DRAFT_STARTED, Client.of(request));
        drafts.start(cookie.tokenHashOrIssue(request, response));
        return "redirect:/your-data/name";
    }

    @GetMapping("/your-data/{step}")
    String show(@PathVariable String step, @RequestParam(required = false) String change, HttpServletRequest request,
                Model model) {
        knownStep(step);
        var token = cookie.tokenHash(request);
        var draft = token.flatMap(drafts::find);
        if (draft.isEmpty()) {
            return "redirect:/your-data";
        }
        if (draft.get().submittedAs() != null) {
            return "redirect:/your-data/done";
        }
        return page(step, draft.get().answers(), FormErrors.NONE, change != null, draft.get(), model);
    }

    @PostMapping("/your-data/{step}")
    String save(@PathVariable String step, @RequestParam(required = false) String change, Frame frame,
                HttpServletRequest request, Model model) {
        knownStep(step);
        var token = cookie.tokenHash(request);
        var draft = token.flatMap(drafts::find);
        if (draft.isEmpty() || draft.get().submittedAs() != null) {
            return "redirect:/your-data";
        }
        var typed = engine.read(YourDataForm.ID, step, request::getParameter);
        return saveOrShow(token.get(), draft.get(), step, typed, List.of(), change != null, frame, model);
    }

    @PostMapping("/your-data/identity")
    String identity(@RequestParam(required = false) String change, @RequestParam(required = false) MultipartFile file,
                    Frame frame, HttpServletRequest request, Model model) {
        var token = cookie.tokenHash(request);
        var draft = token.flatMap(drafts::find);
        if (draft.isEmpty() || draft.get().submittedAs() != null) {
            return "redirect:/your-data";
        }
        var typed = engine.read(YourDataForm.ID, IDENTITY, request::getParameter);
        var fileErrors = new ArrayList<ErrorMessage>();
        if ("upload".equals(typed.get("identity")) && file != null && file.getOriginalFilename() != null
                && !file.getOriginalFilename().isBlank()) {
            uploads.keep(token.get(), file, frame).ifPresent(fileErrors::add);
        }
        return saveOrShow(token.get(), drafts.find(token.get()).orElseThrow(), IDENTITY, typed, fileErrors,
                change != null, frame, model);
    }

    @GetMapping("/your-data/check")
    String check(Frame frame, HttpServletRequest request, Model model) {
        var draft = cookie.tokenHash(request).flatMap(drafts::find);
        if (draft.isEmpty()) {
            return "redirect:/your-data";
        }
        return switch (engine.review(YourDataForm.ID, draft.get().asForm(), frame)) {
            case FormReview.GoTo elsewhere -> "redirect:" + elsewhere.path();
            case FormReview.Ready ready -> {
                model.addAttribute("page", new CheckPage(ready.rows()));
                yield "privacy/yourData/check";
            }
        };
    }

    @PostMapping("/your-data/check")
    String send(Frame frame, HttpServletRequest request) {
        var token = cookie.tokenHash(request);
        var draft = token.flatMap(drafts::find);
        if (draft.isEmpty()) {
            return "redirect:/your-data";
        }
        return "redirect:" + engine.send(YourDataForm.ID, token.get(), draft.get().asForm(), Client.of(request), frame,
                frame.language());
    }

    @GetMapping("/your-data/done")
    String done(HttpServletRequest request, Frame frame, Model model) {
        var sent = cookie.tokenHash(request).flatMap(drafts::find).map(RequestDrafts.Draft::submittedAs)
                .flatMap(requests::byId);
        if (sent.isEmpty()) {
            return "redirect:/your-data";
        }
        var r = sent.get();
        model.addAttribute("page", new DonePage(r.reference(), r.dueOn() == null ? null : DueDates.show(r.dueOn(), frame),
                r.identity().equals("station"), r.receiveBy().equals("post"),
                r.email() != null || UkPhoneNumber.parse(r.phone()).filter(UkPhoneNumber::mobile).isPresent()));
        return "privacy/yourData/done";
    }

    /** The question engine checks the step with privacy's rules; a valid one is saved to the draft. */
    private String saveOrShow(String token, RequestDrafts.Draft draft, String step, Map<String, String> typed,
                              List<ErrorMessage> fileErrors, boolean change, Frame frame, Model model) {
        var answer = engine.answer(YourDataForm.ID, step, draft.asForm(), typed, fileErrors, change, frame);
        if (!answer.valid()) {
            return page(step, answer.shown(), answer.errors(), change, draft, model);
        }
        drafts.save(token, answer.typed());
        return "redirect:" + answer.next();
    }

    /** Only the definition's steps have pages (the identity step posts a file, so it has its own handler). */
    private void knownStep(String step) {
        if (!engine.hasStep(YourDataForm.ID, step)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(String step, Map<String, String> values, FormErrors errors, boolean change,
                        RequestDrafts.Draft draft, Model model) {
        model.addAttribute("page", new FormPage(step, values, errors, change,
                draft.file() == null ? null : draft.file().name(), engine.backFrom(YourDataForm.ID, step, change)));
        return "privacy/yourData/" + step;
    }
}
