package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * When the database is down or has no connection free, people get a kind page ("try again in a minute, nothing
 * you saved is lost") with a 503 and Retry-After, not an error page; the log gets one clear line, not one per
 * request. Anything else goes on to the usual error handling.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    static final Duration RETRY_AFTER = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.MIN);

    DatabaseUnavailableAdvice(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    void unavailable(Exception failure, HttpServletResponse response) throws Exception {
        if (!DatabaseUnavailable.causedBy(failure)) {
            throw failure;
        }
        logNowAndThen(failure);
        log.debug("Database unavailable for a request", failure);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }

    private void logNowAndThen(Exception failure) {
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (now.isAfter(last.plus(QUIET)) && lastLogged.compareAndSet(last, now)) {
            log.warn("The database cannot be reached or has no free connection ({}): people are asked to try again "
                    + "in a minute. Said at most every {} seconds.", rootMessage(failure), QUIET.toSeconds());
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
