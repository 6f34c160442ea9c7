package org.bluelamp.platform.codes;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How one-time codes behave: a code of 6 digits lasts 10 minutes and allows 5 tries; a new one may be asked for
 * after a minute, at most 3 more times.
 */
@ConfigurationProperties("bluelamp.codes")
public record CodeRules(Duration lifetime, int attempts, Duration resendAfter, int resends) {

    public CodeRules {
        lifetime = lifetime == null ? Duration.ofMinutes(10) : lifetime;
        attempts = attempts <= 0 ? 5 : attempts;
        resendAfter = resendAfter == null ? Duration.ofMinutes(1) : resendAfter;
        resends = resends <= 0 ? 3 : resends;
    }
}
