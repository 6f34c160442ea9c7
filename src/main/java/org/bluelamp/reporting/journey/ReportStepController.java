package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.FormValues;
import org.bluelamp.reporting.question.ParseContext;
import org.bluelamp.reporting.question.QuestionTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

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
        var service = current.service(serviceId);
        var draft = current.draft(request, service).orElse(null);
        if (draft == null) {
            return "redirect:" + JourneyPaths.start(serviceId);
        }
        if (draft.submitted()) {
            return JourneyPaths.redirect(serviceId, "confirmation");
        }
        var question = question(service, questionId);
        var journey = current.journey(service);
        var answers = journey.prune(draft.answers());
        if (!journey.canVisit(question, answers)) {
            return JourneyPaths.redirect(serviceId, current.resumePage(service, draft));
        }
        var saved = answers.getOrDefault(question.id(), Map.of());
        var form = types.of(question).toForm(question, saved);
        model.addAttribute("page", page(service, question, journey, answers, form, FormErrors.NONE, change != null));
        return "reporting/question";
    }

    @PostMapping("/report/{serviceId}/{questionId}")
    String answer(@PathVariable String serviceId, @PathVariable String questionId,
                  @RequestParam(required = false) String change, @ModelAttribute("frame") Frame frame,
                  HttpServletRequest request, Model model) {
        var service = current.service(serviceId);
        var draft = current.draft(request, service).orElse(null);
        if (draft == null) {
            return "redirect:" + JourneyPaths.start(serviceId);
        }
        if (draft.submitted()) {
            return JourneyPaths.redirect(serviceId, "confirmation");
        }
        var question = question(service, questionId);
        var journey = current.journey(service);
        var answers = journey.prune(draft.answers());
        if (!journey.canVisit(question, answers)) {
            return JourneyPaths.redirect(serviceId, current.resumePage(service, draft));
        }
        var form = FormValues.of(request.getParameterMap());
        var saved = answers.getOrDefault(question.id(), Map.of());
        var now = LocalDateTime.now(clock.withZone(LondonTime.ZONE));
        var parsed = types.of(question).parse(question, form, saved, new ParseContext(frame, now));
        if (!parsed.valid()) {
            model.addAttribute("page", page(service, question, journey, answers, form, parsed.errors(), change != null));
            return "reporting/question";
        }
        var updated = new HashMap<>(answers);
        updated.put(question.id(), parsed.answer());
        var kept = journey.prune(updated);
        String next = parsed.stay() ? question.id() : nextPage(journey, question, kept, change != null);
        drafts.save(draft.id(), service.version(), kept, next);
        String suffix = parsed.stay() && change != null ? "?change=true" : "";
        return JourneyPaths.redirect(serviceId, next) + suffix;
    }

    private static String nextPage(Journey journey, Question question, Map<String, Map<String, Object>> answers,
                                   boolean changing) {
        if (changing) {
            return journey.firstUnanswered(answers).map(Question::id).orElse(JourneyPaths.CHECK_ANSWERS);
        }
        return journey.after(question, answers).map(Question::id).orElse(JourneyPaths.CHECK_ANSWERS);
    }

    private QuestionPage page(ServiceDefinition service, Question question, Journey journey,
                              Map<String, Map<String, Object>> answers, FormValues form, FormErrors errors,
                              boolean changing) {
        String back = changing ? JourneyPaths.page(service.id(), JourneyPaths.CHECK_ANSWERS)
                : journey.before(question, answers).map(q -> JourneyPaths.page(service.id(), q.id()))
                .orElse(JourneyPaths.start(service.id()));
        String action = JourneyPaths.page(service.id(), question.id()) + (changing ? "?change=true" : "");
        List<String> items = "items".equals(question.type())
                ? types.itemLines(question, answers.getOrDefault(question.id(), Map.of())) : List.of();
        return new QuestionPage(service, question, form, errors, items, action, back);
    }

    private static Question question(ServiceDefinition service, String questionId) {
        return service.question(questionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
