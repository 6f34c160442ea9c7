package org.bluelamp.privacy.request;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.files.FileScans;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.platform.files.ScanState;
import org.bluelamp.platform.files.VirusScanner;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a photo or scan of a requester's ID: checked by its content, kept with {@link FileStore} for the draft until
 * the request is sent, and deleted once the team has checked it. Scanned for viruses first (when scanning is on): one
 * that holds a virus is refused; one clamd cannot scan now is kept as not yet scanned, and the team cannot open it
 * until it has been.
 */
@Component
class IdentityUploads {

    private static final int LONGEST_FILE_NAME = 100;

    private final RequestDrafts drafts;
    private final FileStore files;
    private final VirusScanner scanner;
    private final FileScans scans;

    IdentityUploads(RequestDrafts drafts, FileStore files, VirusScanner scanner, FileScans scans) {
        this.drafts = drafts;
        this.files = files;
        this.scanner = scanner;
        this.scans = scans;
    }

    /** Stores an uploaded proof of identity if it is one we take; the problem with it otherwise. */
    Optional<ErrorMessage> keep(String token, MultipartFile file, Texts t) {
        if (file.isEmpty()) {
            return Optional.of(new ErrorMessage("file", t.t("your-data.error.file.empty")));
        }
        if (file.getSize() > IdentityProof.MAX_BYTES) {
            return Optional.of(new ErrorMessage("file", t.t("your-data.error.file.too-large")));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException unreadable) {
            return Optional.of(new ErrorMessage("file", t.t("your-data.error.file.kind")));
        }
        var scan = scanner.scan(new ByteArrayInputStream(content));
        if (scan == ScanState.INFECTED) {
            return Optional.of(new ErrorMessage("file", t.t("your-data.error.file.virus")));
        }
        var kind = IdentityProof.of(content);
        if (kind.isEmpty()) {
            return Optional.of(new ErrorMessage("file", t.t("your-data.error.file.kind")));
        }
        var id = UUID.randomUUID();
        files.write(id, content);
        scans.record(id, scan);
        drafts.keepFile(token, new RequestDrafts.IdentityFile(id, fileName(file.getOriginalFilename()),
                kind.get().mediaType()));
        return Optional.empty();
    }

    private static String fileName(String original) {
        String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cc}<>\"]", "").strip();
        return name.length() > LONGEST_FILE_NAME ? name.substring(0, LONGEST_FILE_NAME) : name;
    }
}
