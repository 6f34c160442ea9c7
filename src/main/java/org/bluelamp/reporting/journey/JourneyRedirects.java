package org.bluelamp.reporting.journey;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Turns a {@link JourneyRedirect} into the redirect it asks for. */
@ControllerAdvice(assignableTypes = {ReportStepController.class, CheckAnswersController.class,
        SaveForLaterController.class})
class JourneyRedirects {

    @ExceptionHandler(JourneyRedirect.class)
    String redirect(JourneyRedirect redirect) {
        return "redirect:" + redirect.path();
    }
}
