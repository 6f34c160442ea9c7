package org.bluelamp.tracking;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Every six hours, on one instance: deletes satisfaction answers older than
 * {@code bluelamp.tracking.satisfaction.keep-answers} (2 years) from their month. They name no one, but the box may
 * hold anything a person wrote.
 */
@Component
class SatisfactionAnswersJob {

    private static final Logger log = LoggerFactory.getLogger(SatisfactionAnswersJob.class);
    private static final Duration EVERY = Duration.ofHours(6);

    private final SatisfactionInvitations invitations;
    private final TrackingProperties properties;
    private final JobLeases leases;
    private final Clock clock;

    SatisfactionAnswersJob(SatisfactionInvitations invitations, TrackingProperties properties, JobLeases leases,
                           Clock clock) {
        this.invitations = invitations;
        this.properties = properties;
        this.leases = leases;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT7M")
    void onSchedule() {
        leases.runOnce("tracking.satisfaction-answers", EVERY, EVERY.plusMinutes(10), this::dispose);
    }

    /** Deletes the answers whose month ended over keep-answers ago; returns how many. */
    int dispose() {
        var thisMonth = clock.instant().atZone(LondonTime.ZONE).toLocalDate().withDayOfMonth(1);
        int deleted = invitations.deleteAnswersBefore(thisMonth.minus(properties.satisfaction().keepAnswers()));
        if (deleted > 0) {
            log.info("Deleted {} satisfaction answers older than {}", deleted, properties.satisfaction().keepAnswers());
        }
        return deleted;
    }
}
