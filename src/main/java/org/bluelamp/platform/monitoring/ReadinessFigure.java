package org.bluelamp.platform.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * {@code bluelamp_ready}: 1 while the readiness probe's group is UP, 0 when not, checked with the other figures so
 * that Prometheus can alert on readiness without calling the probe (and its database check) on every scrape.
 */
@Component
class ReadinessFigure implements RefreshedFigures {

    private final ObjectProvider<HealthEndpoint> health;
    private final FigureGauge ready;

    ReadinessFigure(ObjectProvider<HealthEndpoint> health, MeterRegistry registry) {
        this.health = health;
        this.ready = FigureGauge.of(registry, "bluelamp.ready",
                "1 while this instance's readiness check (/actuator/health/readiness) passes, else 0");
    }

    @Override
    public void refresh(Instant now) {
        var endpoint = health.getIfAvailable();
        if (endpoint == null) {
            return;
        }
        var readiness = endpoint.healthForPath("readiness");
        ready.set(readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0);
    }
}
