package org.bluelamp.platform.files;

/**
 * Where a kept file stands with the virus scanner. A file received while scanning was off is {@link #OFF} and opens
 * as files always have; one the scanner could not check yet is {@link #PENDING} and stays shut until it has been.
 */
public enum ScanState {
    /** Scanning was off when the file arrived: it was never scanned, and opens as before. */
    OFF,
    /** Kept, but clamd could not be reached (or refused the stream): not yet scanned, staff cannot open it. */
    PENDING,
    CLEAN,
    /** Found to hold a virus: refused at upload, or, if found later, its content deleted. */
    INFECTED;

    /** Whether staff may open the file. */
    public boolean openable() {
        return this == OFF || this == CLEAN;
    }

    /** The words staff see in place of a file they cannot open (components/fileScan.jte); null if they can. */
    public String messageKey() {
        return switch (this) {
            case PENDING -> "files.scan.pending";
            case INFECTED -> "files.scan.infected";
            case OFF, CLEAN -> null;
        };
    }
}
