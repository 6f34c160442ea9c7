package org.bluelamp.integration.feed;

import org.bluelamp.platform.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Once an hour, on one instance: deletes the feed's events written more than {@code bluelamp.api.feed.keep-for} (30
 * days) ago, so the feed stays bounded. A client that far behind reads the contacts it needs whole.
 */
@Component
class FeedPruning {

    private static final Logger log = LoggerFactory.getLogger(FeedPruning.class);
    private static final Duration EVERY = Duration.ofHours(1);
    private static final int BATCH = 1000;

    private final FeedEvents events;
    private final FeedProperties properties;
    private final JobLeases leases;
    private final Clock clock;

    FeedPruning(FeedEvents events, FeedProperties properties, JobLeases leases, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void onSchedule() {
        leases.runOnce("integration.feed-pruning", EVERY, EVERY.plusMinutes(10), this::prune);
    }

    /** Deletes every event due, in batches each in its own short transaction; returns how many. */
    int prune() {
        var before = clock.instant().minus(properties.keepFor());
        int total = 0;
        int deleted;
        do {
            deleted = events.deleteWrittenBefore(before, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} feed events written over {} ago", total, properties.keepFor());
        }
        return total;
    }
}
