package org.bluelamp.tracking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.form.Entered;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "How did we do?": the link in the message after a contact is closed opens the questions, once. A second use thanks
 * them for answering already; an expired or unknown link says so kindly. No code step: the answers open nothing.
 */
@Controller
class SatisfactionController {

    private static final String THANK_YOU = SatisfactionQuestions.PATH + "thank-you";

    private final SatisfactionQuestions questions;

    SatisfactionController(SatisfactionQuestions questions) {
        this.questions = questions;
    }

    @GetMapping(THANK_YOU)
    String thankYou(Model model) {
        return ended("thanks", model);
    }

    @GetMapping(SatisfactionQuestions.PATH + "{token}")
    String questions(@PathVariable String token, HttpServletResponse response, Model model) {
        var standing = questions.standing(token);
        if (standing != SatisfactionQuestions.Standing.OPEN) {
            return ended(standing, response, model);
        }
        model.addAttribute("page", new SatisfactionPage(SatisfactionQuestions.PATH + token, Entered.NONE,
                FormErrors.NONE, SatisfactionAnswers.LONGEST));
        return "tracking/satisfaction";
    }

    @PostMapping(SatisfactionQuestions.PATH + "{token}")
    String answer(@PathVariable String token, Frame frame, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        var read = SatisfactionAnswers.read(new Entered(request.getParameterMap()), frame);
        if (!read.errors().isEmpty()) {
            var standing = questions.standing(token);
            if (standing != SatisfactionQuestions.Standing.OPEN) {
                return ended(standing, response, model);
            }
            model.addAttribute("page", new SatisfactionPage(SatisfactionQuestions.PATH + token, read.shown(),
                    read.errors(), SatisfactionAnswers.LONGEST));
            return "tracking/satisfaction";
        }
        var standing = questions.answer(token, read.answers());
        return standing == SatisfactionQuestions.Standing.OPEN ? "redirect:" + THANK_YOU
                : ended(standing, response, model);
    }

    private static String ended(SatisfactionQuestions.Standing standing, HttpServletResponse response, Model model) {
        switch (standing) {
            case UNKNOWN -> response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            case EXPIRED -> response.setStatus(HttpServletResponse.SC_GONE);
            case ANSWERED, OPEN -> response.setStatus(HttpServletResponse.SC_OK);
        }
        return ended(standing.name().toLowerCase(java.util.Locale.ROOT), model);
    }

    /** @param kind thanks, answered, expired or unknown: messages feedback.{kind}.* */
    private static String ended(String kind, Model model) {
        model.addAttribute("kind", kind);
        return "tracking/satisfactionEnded";
    }
}
