package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.question.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Shows one question and hands what is sent to the {@link QuestionEngine}, which checks and saves it and says
 * which page comes next; a change from "Check your answers" returns there once nothing new needs answering.
 */
@Controller
class ReportStepController {

    /** The name of the "Save and come back later" button, sent only when it is the one pressed. */
    static final String SAVE_FOR_LATER = "save-for-later";

    private final CurrentDraft current;
    private final QuestionEngine engine;

    ReportStepController(CurrentDraft current, QuestionEngine engine) {
        this.current = current;
        this.engine = engine;
    }

    @GetMapping("/report/{serviceId}/{questionId}")
    String show(@PathVariable String serviceId, @PathVariable String questionId,
                @RequestParam(required = false) String change, @RequestParam(required = false) String entry,
                Frame frame, HttpServletRequest request, Model model) {
        var open = current.open(serviceId, request);
        var question = open.visitable(questionId);
        model.addAttribute("page", page(open, question, null, FormErrors.NONE, change != null, entry, frame));
        return "reporting/question";
    }

    @PostMapping("/report/{serviceId}/{questionId}")
    String answer(@PathVariable String serviceId, @PathVariable String questionId,
                  @RequestParam(required = false) String change, @RequestParam(required = false) String entry,
                  Frame frame, HttpServletRequest request, Model model) {
        var open = current.open(serviceId, request);
        var question = open.visitable(questionId);
        if (engine.endsJourney(question)) {
            return JourneyPaths.redirect(serviceId, question.id());
        }
        var form = FormValues.of(request.getParameterMap());
        var outcome = engine.answer(open, question, form, UploadParts.of(request, question.id()), frame,
                change != null);
        if (!form.get(SAVE_FOR_LATER).isEmpty()) {
            // Never held up by an answer that needs correcting: the earlier answers are saved, and the next page says
            // this one was not, so someone who must stop now can.
            return JourneyPaths.redirect(serviceId, JourneyPaths.SAVE_FOR_LATER) + (outcome.valid() ? "" : "?unsaved=true");
        }
        if (!outcome.valid()) {
            model.addAttribute("page", page(outcome.draft(), question, form, outcome.errors(), change != null, entry,
                    frame));
            return "reporting/question";
        }
        // A change that opens a new question keeps "changing" so that, once answered, it returns to check answers.
        String suffix = change != null && !outcome.allAnswered() ? "?change=true" : "";
        return JourneyPaths.redirect(serviceId, outcome.next()) + suffix;
    }

    /** The page for a question: {@code form} is what was just typed, or null to show what is saved. */
    private QuestionPage page(OpenDraft open, Question question, FormValues form, FormErrors errors, boolean changing,
                              String entry, Frame frame) {
        String serviceId = open.service().id();
        String back = changing ? JourneyPaths.page(serviceId, JourneyPaths.CHECK_ANSWERS)
                : open.journey().before(question, open.answers()).map(q -> JourneyPaths.page(serviceId, q.id()))
                .orElse(JourneyPaths.start(serviceId));
        String action = JourneyPaths.page(serviceId, question.id()) + (changing ? "?change=true" : "");
        return engine.page(open, question, form, errors, entry, action, back, frame, true);
    }
}
