package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.files.FileNotOpenable;
import org.bluelamp.platform.files.ScanState;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every staff screen that opens a file says the same when it cannot: "not yet scanned for viruses" (409: try again
 * once clamd has scanned it) or "removed: it contained a virus" (410), in a page, never an error.
 */
@ControllerAdvice
class FileNotOpenableAdvice {

    private final Frames frames;

    FileNotOpenableAdvice(Frames frames) {
        this.frames = frames;
    }

    @ExceptionHandler(FileNotOpenable.class)
    ModelAndView notOpenable(FileNotOpenable refused, HttpServletRequest request) {
        boolean removed = refused.state() == ScanState.INFECTED;
        var view = new ModelAndView("platform/error", removed ? HttpStatus.GONE : HttpStatus.CONFLICT);
        view.addObject("frame", frames.forRequest(request));
        view.addObject("kind", removed ? "file-removed" : "file-not-scanned");
        return view;
    }
}
