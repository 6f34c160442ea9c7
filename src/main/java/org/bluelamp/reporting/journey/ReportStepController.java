package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.question.FormValues;
import org.bluelamp.reporting.question.ParseContext;
import org.bluelamp.reporting.question.QuestionTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows one question and saves its answer. Which page comes next is the definition's business (see
 * {@link Journey}); a change from "Check your answers" returns there once nothing new needs answering.
 */
@Controller
class ReportStepController {

    private final CurrentDraft current;
    private final Drafts drafts;
    private final QuestionTypes types;
    private final Clock clock;

    ReportStepController(CurrentDraft current, Drafts drafts, QuestionTypes types, Clock clock) {
        this.current = current;
        this.drafts = drafts;
        this.types = types;
        this.clock = clock;
    }

    @GetMapping("/report/{serviceId}/{questionId}")
    String show(@PathVariable String serviceId, @PathVariable String questionId,
                @RequestParam(required = false) String change, HttpServletRequest request, Model model) {
        var open = current.open(serviceId, request);
        var question = open.visitable(questionId);
        var form = types.of(question).toForm(question, saved(open, question));
        model.addAttribute("page", page(open, question, form, FormErrors.NONE, change != null));
        return "reporting/question";
    }

    @PostMapping("/report/{serviceId}/{questionId}")
    String answer(@PathVariable String serviceId, @PathVariable String questionId,
                  @RequestParam(required = false) String change, @ModelAttribute("frame") Frame frame,
                  HttpServletRequest request, Model model) {
        var open = current.open(serviceId, request);
        var question = open.visitable(questionId);
        if (types.of(question).endsJourney()) {
            return JourneyPaths.redirect(serviceId, question.id());
        }
        var form = FormValues.of(request.getParameterMap());
        var now = LocalDateTime.now(clock.withZone(LondonTime.ZONE));
        var parsed = types.of(question).parse(question, form, saved(open, question), new ParseContext(frame, now));
        if (!parsed.valid()) {
            model.addAttribute("page", page(open, question, form, parsed.errors(), change != null));
            return "reporting/question";
        }
        var updated = new HashMap<>(open.answers());
        updated.put(question.id(), parsed.answer());
        var kept = open.journey().prune(updated);
        String next = parsed.stay() ? question.id() : nextPage(open.journey(), question, kept, change != null);
        drafts.save(open.draft().id(), open.service().version(), kept, next);
        String suffix = parsed.stay() && change != null ? "?change=true" : "";
        return JourneyPaths.redirect(serviceId, next) + suffix;
    }

    private static Map<String, Object> saved(OpenDraft open, Question question) {
        return open.answers().getOrDefault(question.id(), Map.of());
    }

    private static String nextPage(Journey journey, Question question, Map<String, Map<String, Object>> answers,
                                   boolean changing) {
        if (changing) {
            return journey.firstUnanswered(answers).map(Question::id).orElse(JourneyPaths.CHECK_ANSWERS);
        }
        return journey.after(question, answers).map(Question::id).orElse(JourneyPaths.CHECK_ANSWERS);
    }

    private QuestionPage page(OpenDraft open, Question question, FormValues form, FormErrors errors,
                              boolean changing) {
        String serviceId = open.service().id();
        String back = changing ? JourneyPaths.page(serviceId, JourneyPaths.CHECK_ANSWERS)
                : open.journey().before(question, open.answers()).map(q -> JourneyPaths.page(serviceId, q.id()))
                .orElse(JourneyPaths.start(serviceId));
        String action = JourneyPaths.page(serviceId, question.id()) + (changing ? "?change=true" : "");
        List<String> items = "items".equals(question.type()) ? types.itemLines(question, saved(open, question)) : List.of();
        return new QuestionPage(open.service(), question, form, errors, items, action, back);
    }
}
