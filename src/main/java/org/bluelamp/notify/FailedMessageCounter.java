package org.bluelamp.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * {@code bluelamp_messages_failed_total{channel}}: messages given up on (refused for good, not sent in time, a code
 * that expired first, or a failure receipt from the provider), counted as each failure commits, in this instance.
 */
@Component
class FailedMessageCounter {

    private final MeterRegistry registry;

    FailedMessageCounter(MeterRegistry registry) {
        this.registry = registry;
        // Both channels from the start, so a rate reads 0 rather than nothing before the first failure.
        counter("email");
        counter("sms");
    }

    void failed(String channel, long howMany) {
        AfterCommit.increment(counter(channel), howMany);
    }

    private Counter counter(String channel) {
        return Counter.builder("bluelamp.messages.failed")
                .description("Emails and texts given up on, per channel").tag("channel", channel).register(registry);
    }
}
