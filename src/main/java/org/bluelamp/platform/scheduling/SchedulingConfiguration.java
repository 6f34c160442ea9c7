package org.bluelamp.platform.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One {@link JobLeases} for this instance, named by {@code bluelamp.scheduling.instance-name}, and the gauges of the
 * jobs' last successes.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    LastSuccesses lastSuccesses(JdbcClient jdbc) {
        return new LastSuccesses(jdbc);
    }

    @Bean
    JobLeases jobLeases(JdbcTemplate jdbc, LastSuccesses successes, SchedulingProperties properties,
                        MeterRegistry registry) {
        return new JobLeases(JobLeases.locks(jdbc, properties.instanceName()), successes, properties.instanceName(),
                registry);
    }

    @Bean
    LastSuccessGauges lastSuccessGauges(LastSuccesses successes, MeterRegistry registry) {
        return new LastSuccessGauges(successes, registry);
    }
}
