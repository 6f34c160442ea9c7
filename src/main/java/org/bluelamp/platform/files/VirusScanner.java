package org.bluelamp.platform.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Scans the files the public upload with ClamAV's clamd, when {@code bluelamp.files.clamav.host} is set; otherwise
 * every file is {@link ScanState#OFF} and kept as before. A file clamd cannot check now (down, slow, or the file over
 * its StreamMaxLength) is {@link ScanState#PENDING}: kept, and scanned again by {@link PendingFileScans}. Logs name
 * the signature found, never the file.
 */
@Component
public class VirusScanner {

    private static final Logger log = LoggerFactory.getLogger(VirusScanner.class);

    private final ClamavProperties properties;
    private final Clamd clamd;

    VirusScanner(ClamavProperties properties) {
        this.properties = properties;
        this.clamd = properties.on() ? new Clamd(properties.host(), properties.port(), properties.connectTimeout(),
                properties.readTimeout()) : null;
    }

    /** A scanner that is off, for code that reads uploads without Spring (unit tests). */
    public static VirusScanner off() {
        return new VirusScanner(new ClamavProperties(null, null, null, null, null));
    }

    public boolean on() {
        return clamd != null;
    }

    /** CLEAN, INFECTED, PENDING when clamd could not say, or OFF. The caller closes the stream. */
    public ScanState scan(InputStream content) {
        if (clamd == null) {
            return ScanState.OFF;
        }
        try {
            var reply = clamd.scan(content);
            switch (reply.state()) {
                case INFECTED -> log.warn("An uploaded file holds a virus ({}): refused or removed", reply.signature());
                case PENDING -> log.warn("clamd did not scan an uploaded file ({}): kept as not yet scanned. "
                        + "If it says the size limit was exceeded, raise clamd's StreamMaxLength above the largest "
                        + "upload", reply.signature());
                default -> {
                }
            }
            return reply.state();
        } catch (IOException e) {
            log.warn("clamd at {}:{} could not be reached or did not answer ({}): the file is kept as not yet "
                    + "scanned", properties.host(), properties.port(), e.getClass().getSimpleName());
            return ScanState.PENDING;
        }
    }

    /** Whether clamd answers now. */
    boolean available() {
        return clamd != null && clamd.ping();
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherScanning() {
        if (on()) {
            log.info("Virus scanning of uploaded files is on: clamd at {}:{} ({})", properties.host(),
                    properties.port(), clamd.ping() ? "answering" : "not answering yet: files are kept as not yet "
                            + "scanned until it does");
        } else {
            log.warn("Virus scanning of uploaded files is off: set BLUELAMP_CLAMAV_HOST (bluelamp.files.clamav.host) "
                    + "to scan them with clamd, as production should");
        }
    }
}
