package org.bluelamp.notify;

import java.time.Duration;

/**
 * What a provider answered. Details never hold personal data: an HTTP status, an error code, a reason in our words.
 */
sealed interface SendResult {

    Integer httpStatus();

    String detail();

    /** The provider has it. */
    record Sent(String providerId, boolean delivered, Integer httpStatus, String detail) implements SendResult {
    }

    /** Not taken this time (busy, down, unreachable): try again later, after retryAfter if the provider said. */
    record RetryLater(Duration retryAfter, Integer httpStatus, String detail) implements SendResult {
    }

    /** Refused for good (a bad request, a wrong key): sending again would be refused again. */
    record Rejected(Integer httpStatus, String detail) implements SendResult {
    }

    /** The request may have reached the provider (a timeout after sending): ask it before sending again. */
    record Unknown(Integer httpStatus, String detail) implements SendResult {
    }
}
