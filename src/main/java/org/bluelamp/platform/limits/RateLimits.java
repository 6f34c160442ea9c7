package org.bluelamp.platform.limits;

import org.bluelamp.platform.KeyedHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Limits what anyone can make the force do: each {@link LimitedAction} is counted per client address and per
 * recipient in fixed windows (an hour by default), and per recipient in a UTC day, in the database, so every
 * instance counts together. Client addresses and recipients are stored only as keyed hashes.
 * <p>
 * Counting is not a transaction of its own: called inside the transaction that does the action, a refusal rolls
 * back with it and only actions that happened stay counted; called outside one, each count stands at once.
 * Recipients are counted in a fixed order so two transactions never wait on each other's rows the wrong way round.
 */
@Service
public class RateLimits {

    private static final Duration DAY = Duration.ofDays(1);

    private final RateLimitCounts counts;
    private final LimitsProperties properties;
    private final KeyedHash hash;
    private final Clock clock;
    /** Set only by tests in this package, which need low limits in the context every test shares. */
    private final Map<LimitedAction, Limit> overrides = new EnumMap<>(LimitedAction.class);

    public RateLimits(JdbcClient jdbc, LimitsProperties properties, KeyedHash hash, Clock clock) {
        this.counts = new RateLimitCounts(jdbc);
        this.properties = properties;
        this.hash = hash;
        this.clock = clock;
    }

    /**
     * Counts one attempt at the action from this client to these recipients.
     *
     * @throws LimitReached if this attempt is one too many for the client or any recipient
     */
    public void take(LimitedAction action, Client client, Collection<Recipient> recipients) {
        refusedUntil(action, client, recipients).ifPresent(until -> {
            throw new LimitReached(action, until, null);
        });
    }

    public void take(LimitedAction action, Client client, Recipient... recipients) {
        take(action, client, List.of(recipients));
    }

    /** Counts one attempt; if it is one too many, when the person may try again. */
    public Optional<Instant> refusedUntil(LimitedAction action, Client client, Collection<Recipient> recipients) {
        var limit = limitOf(action);
        var now = clock.instant();
        var window = properties.window();
        Instant start = windowStart(now, window);
        Instant end = start.plus(window);
        Instant dayStart = windowStart(now, DAY);
        Instant dayEnd = dayStart.plus(DAY);
        Instant until = null;
        if (counts.add(action.code() + ":client", hash.of("limit client", client.address()), start, end)
                > limit.perClient()) {
            until = end;
        }
        var keys = recipients.stream().distinct().map(r -> hash.of("limit recipient", r.normalised()))
                .sorted(Arrays::compare).toList();
        for (byte[] key : keys) {
            if (counts.add(action.code() + ":recipient", key, start, end) > limit.perRecipient()) {
                until = later(until, end);
            }
            if (counts.add(action.code() + ":recipient-day", key, dayStart, dayEnd) > limit.perRecipientDaily()) {
                until = later(until, dayEnd);
            }
        }
        return Optional.ofNullable(until);
    }

    /** Deletes windows that have ended; run once across instances by {@link RateLimitSweep}. */
    public int sweep() {
        return counts.deleteEndedBefore(clock.instant());
    }

    Limit limitOf(LimitedAction action) {
        synchronized (overrides) {
            return overrides.getOrDefault(action, properties.of(action));
        }
    }

    /** For tests: a lower limit in the shared test context, until {@link #restore()}. */
    void override(LimitedAction action, Limit limit) {
        synchronized (overrides) {
            overrides.put(action, limit);
        }
    }

    void restore() {
        synchronized (overrides) {
            overrides.clear();
        }
    }

    private static Instant windowStart(Instant now, Duration length) {
        long millis = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
