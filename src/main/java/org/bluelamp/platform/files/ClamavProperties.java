package org.bluelamp.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where clamd listens for uploaded files to scan (docs/operations.md, "Virus scanning").
 *
 * @param host           clamd's address (BLUELAMP_CLAMAV_HOST); unset, scanning is off and files are kept as before
 * @param port           clamd's TCPSocket, 3310 by default
 * @param connectTimeout the longest a connection may take; after it the file is kept as not yet scanned
 * @param readTimeout    the longest clamd may take to answer once the file is sent (a large video takes a while)
 * @param rescanEvery    how often files kept as not yet scanned are tried again
 */
@ConfigurationProperties("bluelamp.files.clamav")
record ClamavProperties(String host, Integer port, Duration connectTimeout, Duration readTimeout,
                        Duration rescanEvery) {

    ClamavProperties {
        host = host == null || host.isBlank() ? null : host.strip();
        if (port == null) {
            port = 3310;
        }
        if (connectTimeout == null) {
            connectTimeout = Duration.ofSeconds(2);
        }
        if (readTimeout == null) {
            readTimeout = Duration.ofSeconds(60);
        }
        if (rescanEvery == null) {
            rescanEvery = Duration.ofMinutes(1);
        }
    }

    boolean on() {
        return host != null;
    }
}
