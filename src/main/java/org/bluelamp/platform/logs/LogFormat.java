package org.bluelamp.platform.logs;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * One setting, {@code BLUELAMP_LOG_FORMAT} ({@code bluelamp.logs.format}), chooses the console log's format:
 * {@code text} (the default: lines a person reads on a terminal) or {@code json} (one JSON object a line in Elastic
 * Common Schema, for a log collector). It sets Spring Boot's {@code logging.structured.format.console} before
 * logging starts.
 */
class LogFormat implements EnvironmentPostProcessor, Ordered {

    static final String SETTING = "bluelamp.logs.format";
    static final String STRUCTURED = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(SETTING, "text").strip().toLowerCase(Locale.ROOT);
        switch (format) {
            case "text", "" -> { }
            case "json" -> environment.getPropertySources().addFirst(new MapPropertySource("bluelampLogFormat",
                    Map.of(STRUCTURED, "ecs")));
            default -> throw new IllegalArgumentException("BLUELAMP_LOG_FORMAT (" + SETTING + ") is \"" + format
                    + "\": it can be text or json.");
        }
    }

    /** After application.yml and the environment are read, before logging starts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
