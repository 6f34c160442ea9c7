package org.bluelamp.open311;

import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.List;

/**
 * A request refused, written in the spec's error format by {@link Refusals}: the HTTP status, and one or more errors,
 * each with a code (the status, as the spec suggests) and a description for the client's user.
 *
 * @param retryAt for 429, when the client may call again; otherwise null
 */
final class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final transient List<Error> errors;
    private final transient Instant retryAt;

    record Error(int code, String description) {
    }

    private Refusal(HttpStatus status, List<Error> errors, Instant retryAt) {
        super(status.value() + " " + errors.size() + " errors", null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAt = retryAt;
    }

    static Refusal of(HttpStatus status, String description) {
        return new Refusal(status, List.of(new Error(status.value(), description)), null);
    }

    static Refusal badRequest(List<String> descriptions) {
        return new Refusal(HttpStatus.BAD_REQUEST,
                descriptions.stream().map(d -> new Error(HttpStatus.BAD_REQUEST.value(), d)).toList(), null);
    }

    static Refusal tooMany(Instant retryAt) {
        var status = HttpStatus.TOO_MANY_REQUESTS;
        return new Refusal(status, List.of(new Error(status.value(), Words.TOO_MANY)), retryAt);
    }

    HttpStatus status() {
        return status;
    }

    List<Error> errors() {
        return errors;
    }

    Instant retryAt() {
        return retryAt;
    }
}
