package org.bluelamp.platform.scheduling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/** One {@link JobLeases} for this instance, named by {@code bluelamp.scheduling.instance-name}. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    JobLeases jobLeases(JdbcClient jdbc, Clock clock, SchedulingProperties properties) {
        return new JobLeases(jdbc, clock, properties.instanceName());
    }
}
