package org.bluelamp.insight;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Counts the insight figures again every {@code bluelamp.insight.refresh-every}, on one instance. The first run
 * counts every day, which may take minutes with millions of contacts: the lease outlasts it.
 */
@Component
class InsightRefreshJob {

    private final InsightRefresh refresh;
    private final JobLeases leases;
    private final Duration every;

    InsightRefreshJob(InsightRefresh refresh, JobLeases leases,
                      @Value("${bluelamp.insight.refresh-every:PT5M}") Duration every) {
        this.refresh = refresh;
        this.leases = leases;
        this.every = every;
    }

    @Scheduled(fixedDelayString = "${bluelamp.insight.refresh-every:PT5M}",
            initialDelayString = "${bluelamp.insight.refresh-every:PT5M}")
    void run() {
        leases.runOnce("insight.refresh", every.dividedBy(2), Duration.ofHours(1).plus(every), refresh::refresh);
    }
}
