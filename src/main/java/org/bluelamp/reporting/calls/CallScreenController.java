package org.bluelamp.reporting.calls;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.SummaryRow;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.journey.OpenDraft;
import org.bluelamp.reporting.journey.QuestionEngine;
import org.bluelamp.reporting.journey.UploadParts;
import org.bluelamp.reporting.question.FormValues;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/**
 * One screen per section while a call is logged, then the summary and "Finish and save". Each question goes
 * through the same {@link QuestionEngine} as the public pages; a screen is addressed by its first question.
 */
@Controller
class CallScreenController {

    private final QuestionEngine engine;
    private final StaffCallDrafts calls;

    CallScreenController(QuestionEngine engine, StaffCallDrafts calls) {
        this.engine = engine;
        this.calls = calls;
    }

    @GetMapping(CallPaths.ROOT + "/{draftId}")
    String resume(@PathVariable UUID draftId, Authentication signedIn) {
        var open = calls.open(draftId, signedIn);
        return CallPaths.redirect(open.submitted() ? CallPaths.saved(draftId) : nextPlace(open));
    }

    @GetMapping(CallPaths.ROOT + "/{draftId}/screen/{questionId}")
    String show(@PathVariable UUID draftId, @PathVariable String questionId,
                @RequestParam(required = false) String change, @RequestParam(required = false) String entry,
                Frame frame, Authentication signedIn, Model model) {
        var open = calls.open(draftId, signedIn);
        var screens = screens(open);
        var screen = screens.with(questionId);
        if (open.submitted() || screen.isEmpty()) {
            return CallPaths.redirect(open.submitted() ? CallPaths.saved(draftId) : nextPlace(open));
        }
        model.addAttribute("page", page(open, screens, screen.get(), null, FormErrors.NONE, entry, change, frame));
        return "calls/screen";
    }

    @PostMapping(CallPaths.ROOT + "/{draftId}/screen/{questionId}")
    String answer(@PathVariable UUID draftId, @PathVariable String questionId,
                  @RequestParam(required = false) String change, @RequestParam(required = false) String entry,
                  Frame frame, Authentication signedIn, HttpServletRequest request, Model model) {
        var open = calls.open(draftId, signedIn);
        var posted = screens(open).with(questionId).orElse(null);
        if (open.submitted() || posted == null) {
            return CallPaths.redirect(open.submitted() ? CallPaths.saved(draftId) : nextPlace(open));
        }
        var form = FormValues.of(request.getParameterMap());
        var errors = new ArrayList<ErrorMessage>();
        boolean stay = false;
        for (Question question : posted.questions()) {
            if (!engine.applies(open, question)) {
                continue; // an answer earlier on this screen has just ruled it out
            }
            var outcome = engine.answer(open, question, form, UploadParts.of(request, question.id()), frame, false);
            open = outcome.draft();
            errors.addAll(outcome.errors().all());
            stay |= outcome.valid() && outcome.next().equals(question.id());
        }
        var screens = screens(open);
        var screen = screens.with(posted.first().id()).orElse(posted);
        String here = CallPaths.screen(draftId, screen.first().id()) + (change != null ? "?change=true" : "");
        if (!errors.isEmpty()) {
            model.addAttribute("page", page(open, screens, screen, form, new FormErrors(errors), entry, change, frame));
            return "calls/screen";
        }
        // questions that an answer on this screen has just brought in are asked on it, not raised as errors
        if (stay || screen.questions().stream().anyMatch(q -> !posted.has(q.id()))) {
            return CallPaths.redirect(here);
        }
        var answered = open;
        if (change != null) {
            return CallPaths.redirect(nextPlace(answered));
        }
        return CallPaths.redirect(screens.after(screen.first().id())
                .map(next -> CallPaths.screen(draftId, next.first().id())).orElseGet(() -> nextPlace(answered)));
    }

    @GetMapping(CallPaths.ROOT + "/{draftId}/summary")
    String summary(@PathVariable UUID draftId, Frame frame, Authentication signedIn, Model model) {
        var open = calls.open(draftId, signedIn);
        if (open.submitted() || engine.firstToAskOnACall(open).isPresent()) {
            return CallPaths.redirect(open.submitted() ? CallPaths.saved(draftId) : nextPlace(open));
        }
        var screens = screens(open);
        var sections = new LinkedHashMap<String, List<SummaryRow>>();
        for (var line : engine.summary(open, frame)) {
            if (engine.endsJourney(line.question())) {
                continue;
            }
            var q = line.question();
            String screen = screens.with(q.id()).map(s -> s.first().id()).orElse(q.id());
            sections.computeIfAbsent(q.section(), s -> new ArrayList<>()).add(new SummaryRow(q.summaryTitle(),
                    line.lines(), CallPaths.screen(draftId, screen) + "?change=true", frame.t("check.change"),
                    q.summaryTitle()));
        }
        var last = screens.all().getLast().first().id();
        model.addAttribute("page", new CallPages.Summary(calls.heading(open, frame),
                sections.entrySet().stream().map(e -> new CallPages.Section(e.getKey(), List.copyOf(e.getValue())))
                        .toList(), warnings(screens, frame), CallPaths.call(draftId) + "/finish",
                CallPaths.screen(draftId, last)));
        return "calls/summary";
    }

    /** Ends the call now and saves it; a second click finds it saved and shows the same reference. */
    @PostMapping(CallPaths.ROOT + "/{draftId}/finish")
    String finish(@PathVariable UUID draftId, Frame frame, Authentication signedIn) {
        var open = calls.open(draftId, signedIn);
        return CallPaths.redirect(engine.finishCall(open).map(reference -> CallPaths.saved(draftId))
                .orElseGet(() -> nextPlace(open)));
    }

    private CallScreens screens(OpenDraft open) {
        return CallScreens.of(engine.path(open), engine::endsJourney);
    }

    /** The screen of the first question still to ask, or the summary once there is none. */
    private String nextPlace(OpenDraft open) {
        var screens = screens(open);
        return engine.firstToAskOnACall(open)
                .map(q -> CallPaths.screen(open.id(), screens.with(q.id()).map(s -> s.first().id()).orElse(q.id())))
                .orElse(CallPaths.summary(open.id()));
    }

    private CallPages.Screen page(OpenDraft open, CallScreens screens, CallScreens.Screen screen, FormValues form,
                                  FormErrors errors, String entry, String change, Frame frame) {
        String action = CallPaths.screen(open.id(), screen.first().id()) + (change != null ? "?change=true" : "");
        String back = change != null ? CallPaths.summary(open.id())
                : screens.before(screen.first().id()).map(s -> CallPaths.screen(open.id(), s.first().id()))
                .orElse(null);
        boolean list = screen.buildsAList();
        var questions = screen.questions().stream()
                .map(q -> engine.page(open, q, form, errors, list ? entry : null, action, back, frame, list)).toList();
        return new CallPages.Screen(calls.heading(open, frame), screen.section(), questions,
                warnings(screens, frame), action, list && "upload".equals(screen.first().type()), list, errors, back);
    }

    /** A line for each signpost the answers reach: where a member of the public would have been sent instead. */
    private static List<String> warnings(CallScreens screens, Frame frame) {
        return screens.signposts().stream().map(q -> frame.t("calls.signpost", q.title())).toList();
    }
}
