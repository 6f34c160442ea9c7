package org.bluelamp.privacy.request;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How a released answer may be fetched.
 *
 * @param linkLasts   how long the link in the message works (30 days)
 * @param downloadFor how long the downloads stay open after the code is passed (30 minutes)
 */
@ConfigurationProperties("bluelamp.privacy.answers")
record AnswerProperties(Duration linkLasts, Duration downloadFor) {

    AnswerProperties {
        linkLasts = linkLasts == null ? Duration.ofDays(30) : linkLasts;
        downloadFor = downloadFor == null ? Duration.ofMinutes(30) : downloadFor;
    }
}
