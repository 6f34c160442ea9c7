package org.bluelamp.platform.database;

import java.nio.file.Path;

/** Another running Bluelamp has the data folder: two servers on one set of files would corrupt it. */
final class DataFolderInUseException extends RuntimeException {

    private final Path folder;
    private final String owner;

    DataFolderInUseException(Path folder, String owner) {
        super("The data folder " + folder + " is in use by another running Bluelamp (process " + owner + ").");
        this.folder = folder;
        this.owner = owner;
    }

    Path folder() {
        return folder;
    }

    String owner() {
        return owner;
    }
}
