package org.bluelamp.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Every error a browser sees is a page in the site's own style, saying what went wrong in plain words and what
 * to do next; never a stack trace.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final Frames frames;

    ErrorPages(Frames frames) {
        this.frames = frames;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status.is5xxServerError() && isDatabaseUnavailable(request)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        String kind = switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "not-found";
            case FORBIDDEN -> isStaffPage(request) ? "staff-forbidden" : "forbidden";
            case CONTENT_TOO_LARGE -> "too-large";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.is4xxClientError() ? "bad-request" : "server";
        };
        var view = new ModelAndView("platform/error", status);
        view.addObject("frame", frames.forRequest(request));
        view.addObject("kind", kind);
        return view;
    }

    /** On a staff page, a refusal means the role does not allow it (a missing form token is a public page's trouble). */
    private static boolean isStaffPage(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith("/staff");
    }

    /** A failure outside a controller (say, loading a staff session) that was the database being away. */
    private static boolean isDatabaseUnavailable(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure);
    }
}
