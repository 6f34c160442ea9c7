package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.limits.LimitReached;
import org.bluelamp.platform.limits.LimitedAction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.Duration;

/**
 * A limit reached gets a kind page, not an error and never a puzzle to solve: 429 with Retry-After, when to try
 * again, the phone numbers, and a link back to the answers that were kept.
 */
@ControllerAdvice
class LimitReachedAdvice {

    private final Frames frames;
    private final Clock clock;

    LimitReachedAdvice(Frames frames, Clock clock) {
        this.frames = frames;
        this.clock = clock;
    }

    @ExceptionHandler(LimitReached.class)
    ModelAndView tooMany(LimitReached refusal, HttpServletRequest request, HttpServletResponse response) {
        var now = clock.instant();
        long seconds = Math.max(1, Duration.between(now, refusal.tryAgainAt()).toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        var frame = frames.forRequest(request);
        var dates = frame.dates();
        boolean today = dates.date(now).equals(dates.date(refusal.tryAgainAt()));
        var view = new ModelAndView("platform/tooMany", HttpStatus.TOO_MANY_REQUESTS);
        view.addObject("frame", frame);
        view.addObject("until", today ? dates.timeOfDay(refusal.tryAgainAt()) : dates.dateAndTime(refusal.tryAgainAt()));
        view.addObject("answersAt", refusal.answersAt());
        // Someone calling the BSL relay may not be able to ring 101 or 999: they get the ways they can.
        view.addObject("deaf", refusal.action() == LimitedAction.RELAY_CALL
                || refusal.action() == LimitedAction.BSL_VIDEO_MESSAGE);
        return view;
    }
}
