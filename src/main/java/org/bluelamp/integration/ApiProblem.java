package org.bluelamp.integration;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A request the API refuses, answered as RFC 9457 problem details ({@code application/problem+json}): what was wrong
 * in words a developer can act on, and for a body that does not pass its checks, each field's error. Never a stack
 * trace, and never anything of a contact the client may not read.
 */
public class ApiProblem extends RuntimeException {

    /** One field of a request body that does not pass its checks: its JSON name and why. */
    public record FieldError(String field, String message) {
    }

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail, List.of());
    }

    /** A body whose fields do not pass their checks: 422, with each field's error. */
    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request",
                "One or more fields are not valid: see errors.", errors);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
