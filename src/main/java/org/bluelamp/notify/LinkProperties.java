package org.bluelamp.notify;

import org.bluelamp.reporting.Reference;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Where the public site is, for the links in messages.
 *
 * @param publicUrl the address the public use, e.g. https://report.police.uk, without a path
 */
@ConfigurationProperties("bluelamp.notify.links")
record LinkProperties(URI publicUrl) {

    LinkProperties {
        if (publicUrl == null || !publicUrl.isAbsolute()) {
            throw new IllegalArgumentException("bluelamp.notify.links.public-url must be an absolute URL, e.g. https://report.police.uk");
        }
    }

    String link(String path) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The link that opens a report straight after the code step. */
    String track(Reference reference) {
        return link("/track?ref=" + reference);
    }
}
