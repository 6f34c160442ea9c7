package org.bluelamp.privacy;

import org.bluelamp.platform.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * Once an hour, on one instance: lists the records due for a retention review, and prunes the access log by its
 * rule. Nothing is disposed of here: a reviewer decides.
 */
@Component
class RetentionReviewJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionReviewJob.class);

    private final DueForReview due;
    private final AccessLogPruning accessLog;
    private final PrivacyRetentionRules rules;
    private final JobLeases leases;

    RetentionReviewJob(DueForReview due, AccessLogPruning accessLog, PrivacyRetentionRules rules, JobLeases leases) {
        this.due = due;
        this.accessLog = accessLog;
        this.rules = rules;
        this.leases = leases;
    }

    // The first review waits a while after a start; benchmarks over generated years of contacts put it off.
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "${bluelamp.privacy.retention.first-review-after:PT5M}")
    void run() {
        leases.runOnce("privacy.retention-review", Duration.ofHours(1), Duration.ofMinutes(70), this::review);
    }

    void review() {
        long start = System.nanoTime();
        int listed = due.list();
        long pruned = accessLog.prune(rules.accessLog());
        log.info("Retention review: {} records due for review; {} access log entries past their rule removed; {} s",
                listed, pruned, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
    }
}
