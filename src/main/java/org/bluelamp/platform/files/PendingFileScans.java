package org.bluelamp.platform.files;

import org.bluelamp.platform.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Scans again, on one instance at a time, the files kept as not yet scanned while clamd was away: each becomes clean
 * (staff may open it) or infected, when its content is deleted and staff see "removed: it contained a virus" where it
 * was listed. While clamd is still away the files wait for the next turn; none is ever given up or lost.
 */
@Component
class PendingFileScans {

    private static final Logger log = LoggerFactory.getLogger(PendingFileScans.class);
    private static final int BATCH = 100;

    private final FileScans scans;
    private final VirusScanner scanner;
    private final FileStore store;
    private final JobLeases leases;
    private final ClamavProperties properties;
    private final Clock clock;

    PendingFileScans(FileScans scans, VirusScanner scanner, FileStore store, JobLeases leases,
                     ClamavProperties properties, Clock clock) {
        this.scans = scans;
        this.scanner = scanner;
        this.store = store;
        this.leases = leases;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bluelamp.files.clamav.rescan-every:PT1M}", initialDelayString = "PT1M")
    void onSchedule() {
        if (scanner.on()) {
            // A batch of large videos takes a while to stream to clamd; the lease outlasts it.
            leases.runOnce("platform.pending-file-scans", properties.rescanEvery(), Duration.ofMinutes(30),
                    this::rescan);
        }
    }

    /** Scans a batch of pending files; how many were settled. Stops at the first clamd cannot scan. */
    int rescan() {
        if (!scanner.available()) {
            return 0;
        }
        int settled = 0;
        for (UUID id : scans.pending(BATCH)) {
            var content = store.open(id);
            if (content.isEmpty()) {
                scans.forget(id);
                continue;
            }
            ScanState state;
            try (var in = content.get()) {
                state = scanner.scan(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read file " + id + " to scan it", e);
            }
            if (state == ScanState.PENDING) {
                scans.attempted(id);
                break;
            }
            if (scans.settle(id, state, clock.instant())) {
                settled++;
                if (state == ScanState.INFECTED) {
                    // Recorded first, so a failure here leaves content no one can open, never an infected file shown.
                    store.delete(id);
                    log.warn("File {}, kept while clamd was away, holds a virus: its content is deleted", id);
                }
            }
        }
        if (settled > 0) {
            log.info("Scanned {} files kept while clamd was away", settled);
        }
        return settled;
    }
}
