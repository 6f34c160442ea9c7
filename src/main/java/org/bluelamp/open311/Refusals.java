package org.bluelamp.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.time.Clock;
import java.time.Duration;

/**
 * Every refusal under /open311 in the spec's error format ({@code <errors><error><code>…}, or a JSON array), in the
 * format the address asked for, ahead of the platform's advice, which draws HTML pages for people. Anything
 * unexpected is a 500 in the same format, with no stack trace.
 */
@RestControllerAdvice(basePackages = "org.bluelamp.open311")
@Order(Ordered.HIGHEST_PRECEDENCE)
class Refusals {

    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

    private final Clock clock;

    Refusals(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refused(Refusal refusal, HttpServletRequest request) {
        var response = Responses.respond(Format.ofPath(request.getRequestURI()), refusal.status(), errors(refusal));
        if (refusal.retryAt() != null) {
            long seconds = Math.max(1, Duration.between(clock.instant(), refusal.retryAt()).toSeconds());
            return ResponseEntity.status(refusal.status()).headers(response.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> wrongMethod(HttpRequestMethodNotSupportedException wrong, HttpServletRequest request) {
        return refused(Refusal.of(HttpStatus.METHOD_NOT_ALLOWED, Words.wrongMethod(wrong.getMethod())), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception failure, HttpServletRequest request) {
        LOG.error("Open311 request failed: {} {}", request.getMethod(), request.getRequestURI(), failure);
        return refused(Refusal.of(HttpStatus.INTERNAL_SERVER_ERROR, Words.FAILED), request);
    }

    private static Document.Arr errors(Refusal refusal) {
        return new Document.Arr("errors", "error", refusal.errors().stream()
                .map(e -> Document.Obj.of("code", e.code(), "description", e.description())).toList());
    }
}
