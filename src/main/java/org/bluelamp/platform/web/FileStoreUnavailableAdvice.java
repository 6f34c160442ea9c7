package org.bluelamp.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.files.FileStoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * When the file store (the folder's disk, or the object store) cannot take or give a file, people get the same kind
 * page as when the database is away ("try again in a minute; answers you saved before have not been lost") with a 503
 * and Retry-After: the page's transaction is rolled back, so nothing half-kept names the file. The log says so at
 * most every 30 seconds, naming the failure, never credentials or content.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FileStoreUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(FileStoreUnavailableAdvice.class);

    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.MIN);

    FileStoreUnavailableAdvice(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(FileStoreUnavailable.class)
    void unavailable(FileStoreUnavailable failure, HttpServletResponse response) throws IOException {
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (now.isAfter(last.plusSeconds(30)) && lastLogged.compareAndSet(last, now)) {
            log.warn("The file store failed ({}): people are asked to try again in a minute. Said at most every 30 "
                    + "seconds.", failure.getMessage());
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailableAdvice.RETRY_AFTER.toSeconds()));
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
}
