package org.bluelamp.reporting.journey;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.AfterCommit;
import org.bluelamp.reporting.Channel;
import org.springframework.stereotype.Component;

/**
 * {@code bluelamp_reports_submitted_total{type, channel}}: reports sent by the public and calls logged by staff, counted
 * as each one commits, in this instance (Prometheus adds the instances up). The type is the service's id, one of the
 * definitions; nothing of the report itself.
 */
@Component
class SubmissionCounter {

    private final MeterRegistry registry;

    SubmissionCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    void submitted(String serviceId, Channel channel) {
        AfterCommit.increment(Counter.builder("bluelamp.reports.submitted")
                .description("Reports submitted online and contacts logged by staff, by report type and channel")
                .tag("type", serviceId).tag("channel", channel.code())
                .register(registry), 1);
    }
}
