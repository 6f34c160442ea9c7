package org.bluelamp.open311;

import org.bluelamp.integration.ApiClient;
import org.bluelamp.reporting.Reference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GET requests' filters, read and bounded as the spec has them: {@code service_request_id} (comma delimited,
 * overriding the others), {@code service_code}, {@code start_date} and {@code end_date} (a span of at most 90 days,
 * the most recent 90 by default) and {@code status} (open, closed). At most {@value #MOST} requests come back, newest
 * first: to see older ones, move {@code end_date} back.
 */
@Component
class RequestQuery {

    static final int MOST = 200;
    static final Duration SPAN = Duration.ofDays(90);
    private static final int MOST_CODES = 50;

    private final SentRequests requests;
    private final RequestStatuses statuses;
    private final Clock clock;

    RequestQuery(SentRequests requests, RequestStatuses statuses, Clock clock) {
        this.requests = requests;
        this.statuses = statuses;
        this.clock = clock;
    }

    List<RequestStatuses.Status> find(ApiClient client, String ids, String serviceCodes, String start, String end,
                                      String status) {
        var wanted = statuses(status);
        var listedIds = list(ids);
        if (!listedIds.isEmpty()) {
            if (listedIds.size() > MOST) {
                throw Refusal.of(HttpStatus.BAD_REQUEST, Words.TOO_MANY_IDS);
            }
            var references = listedIds.stream().map(Reference::parse).flatMap(Optional::stream).toList();
            return statuses.of(client, requests.byReference(client.id(), references), Set.of(), MOST);
        }
        var codes = list(serviceCodes);
        if (codes.size() > MOST_CODES) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.TOO_MANY_VALUES);
        }
        var from = instant(start);
        var to = instant(end);
        if (from == null && to == null) {
            to = clock.instant();
            from = to.minus(SPAN);
        } else if (from == null) {
            from = to.minus(SPAN);
        } else if (to == null) {
            to = from.plus(SPAN);
        }
        if (from.isAfter(to)) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.DATE_ORDER);
        }
        if (Duration.between(from, to).compareTo(SPAN) > 0) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.DATE_SPAN);
        }
        var found = requests.between(client.id(), from, to, List.copyOf(codes),
                org.bluelamp.contact.ContactStates.MOST);
        return statuses.of(client, found, wanted, MOST);
    }

    /** One of the client's requests; empty for another client's, or one that is not there. */
    List<RequestStatuses.Status> one(ApiClient client, String id) {
        return Reference.parse(id)
                .map(reference -> statuses.of(client, requests.byReference(client.id(), List.of(reference)),
                        Set.of(), 1))
                .orElse(List.of());
    }

    /** An instant as the spec writes them: W3C, in UTC, to the second. */
    static String w3c(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Set<String> statuses(String status) {
        var wanted = list(status);
        if (!Set.of("open", "closed").containsAll(wanted)) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.BAD_STATUS);
        }
        return wanted;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notW3c) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.BAD_DATE);
        }
    }

    private static Set<String> list(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        if (value.length() > 10_000) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, Words.TOO_MANY_VALUES);
        }
        var items = new LinkedHashSet<String>();
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }
}
