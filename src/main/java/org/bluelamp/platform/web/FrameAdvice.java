package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.Frame;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the page frame in every model, so templates never build it themselves. */
@ControllerAdvice
class FrameAdvice {

    private final Frames frames;

    FrameAdvice(Frames frames) {
        this.frames = frames;
    }

    @ModelAttribute("frame")
    Frame frame(HttpServletRequest request) {
        return frames.forRequest(request);
    }
}
