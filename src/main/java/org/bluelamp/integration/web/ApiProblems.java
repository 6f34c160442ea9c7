package org.bluelamp.integration.web;

import org.bluelamp.integration.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;

/**
 * Every refusal by the API's controllers as problem details, ahead of the platform's advice, which draws HTML pages
 * for people: a system reading the API gets JSON whatever went wrong, and no stack trace.
 */
@RestControllerAdvice(basePackages = "org.bluelamp.integration")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> refused(ApiProblem problem) {
        var body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setTitle(problem.title());
        if (!problem.errors().isEmpty()) {
            body.setProperty("errors", problem.errors());
        }
        return respond(body);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception unreadable) {
        var detail = unreadable instanceof MissingServletRequestParameterException missing
                ? "The parameter " + missing.getParameterName() + " is missing."
                : unreadable instanceof MethodArgumentTypeMismatchException mismatch
                ? "The value of " + mismatch.getName() + " is not valid."
                : "The request body is not valid JSON for this operation.";
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setTitle("Bad request");
        return respond(body);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException notJson) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send the request body as application/json.");
        body.setTitle("Unsupported media type");
        return respond(body);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException wrong) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                "This address does not take " + wrong.getMethod() + ".");
        body.setTitle("Method not allowed");
        return respond(body);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
        body.setType(URI.create("about:blank"));
        return ResponseEntity.status(body.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
