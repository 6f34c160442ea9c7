package org.bluelamp.platform.files;

import java.util.UUID;

/**
 * A member of staff asked for a file that is not yet scanned for viruses, or was removed because it held one. The
 * page that says so is rendered once for every screen (platform.web.FileNotOpenableAdvice); throwing it rolls back
 * the read's records, since nothing was read.
 */
public class FileNotOpenable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ScanState state;

    public FileNotOpenable(UUID fileId, ScanState state) {
        super("File " + fileId + " cannot be opened: " + state);
        this.state = state;
    }

    public ScanState state() {
        return state;
    }
}
