package org.bluelamp.notify;

import org.bluelamp.platform.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Once an hour, on one instance: deletes the messages that belong to no contact, or carried a code or link,
 * {@code bluelamp.notify.disposal.after} (30 days) after they settled. Nobody reviews these: they hold nothing a
 * contact needs, and keeping them would keep the public's addresses for ever.
 */
@Component
class ShortLivedMessagesJob {

    private static final Logger log = LoggerFactory.getLogger(ShortLivedMessagesJob.class);
    private static final Duration EVERY = Duration.ofHours(1);
    private static final int BATCH = 500;

    private final ShortLivedMessages messages;
    private final NotifyProperties properties;
    private final JobLeases leases;
    private final Clock clock;

    ShortLivedMessagesJob(ShortLivedMessages messages, NotifyProperties properties, JobLeases leases, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    void onSchedule() {
        leases.runOnce("notify.short-lived-messages", EVERY, EVERY.plusMinutes(10), this::dispose);
    }

    /** Deletes every message due, in batches each in its own short transaction; returns how many. */
    int dispose() {
        var before = clock.instant().minus(properties.disposal().after());
        int total = 0;
        int deleted;
        do {
            deleted = messages.deleteSettledBefore(before, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} messages with no contact, or that carried a code or link, settled over {} ago", total,
                    properties.disposal().after());
        }
        return total;
    }
}
