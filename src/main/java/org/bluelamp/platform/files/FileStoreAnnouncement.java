package org.bluelamp.platform.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start where uploaded files are kept and, for an object store, whether its bucket answers. */
@Component
class FileStoreAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(FileStoreAnnouncement.class);

    private final FileStore store;
    private final FileStoreProperties properties;

    FileStoreAnnouncement(FileStore store, FileStoreProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhereFilesAreKept() {
        if (store instanceof S3FileStore s3) {
            var settings = properties.s3();
            String where = "bucket " + settings.bucket() + " at "
                    + (settings.endpoint() == null ? "AWS " + settings.region() : settings.endpoint());
            if (s3.reachable()) {
                log.info("Uploaded files are kept in the object store: {}", where);
            } else {
                log.warn("Uploaded files are kept in the object store, {}, which does not answer (down, no such "
                        + "bucket, or the credentials refused): uploads get the \"try again\" page until it does",
                        where);
            }
        } else if (store instanceof FilesystemFileStore) {
            log.info("Uploaded files are kept in the folder {}{}", properties.dir().toAbsolutePath(),
                    properties.sharedFolder() ? ", shared by every instance" : "");
        }
    }
}
