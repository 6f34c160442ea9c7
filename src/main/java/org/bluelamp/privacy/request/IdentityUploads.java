package org.bluelamp.privacy.request;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.files.FileScans;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.reporting.upload.ReceivedFile;
import org.bluelamp.reporting.upload.UploadPart;
import org.bluelamp.reporting.upload.UploadReader;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a photo or scan of a requester's ID: read and cleaned as every upload is ({@link UploadReader}), kept with
 * {@link FileStore} for the draft until the request is sent, and deleted once the team has checked it. Scanned for viruses first (when scanning is on): one
 * that holds a virus is refused; one clamd cannot scan now is kept as not yet scanned, and the team cannot open it
 * until it has been.
 */
@Component
class IdentityUploads {

    private static final int LONGEST_FILE_NAME = 100;

    private final RequestDrafts drafts;
    private final FileStore files;
    private final UploadReader reader;
    private final FileScans scans;

    IdentityUploads(RequestDrafts drafts, FileStore files, UploadReader reader, FileScans scans) {
        this.drafts = drafts;
        this.files = files;
        this.reader = reader;
        this.scans = scans;
    }

    /**
     * Stores an uploaded proof of identity if it is one we take, read as every upload from the public is (limits before
     * memory is spent, the virus scan, its kind from its content) and cleaned of its metadata (where a photo was taken);
     * the problem with it otherwise.
     */
    Optional<ErrorMessage> keep(String tokenHash, MultipartFile file, Texts t) {
        if (file.isEmpty()) {
            return problem(t, "empty");
        }
        if (file.getSize() > IdentityProof.MAX_BYTES) {
            return problem(t, "too-large");
        }
        var part = new UploadPart(file.getOriginalFilename(), file.getSize(), () -> {
            try {
                return file.getBytes();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
        UploadReader.Received received;
        try {
            received = reader.read(List.of(part), false, 1);
        } catch (UncheckedIOException unreadable) {
            return problem(t, "unreadable");
        }
        var read = received.files().getFirst();
        var proof = Optional.ofNullable(read.kind()).flatMap(IdentityProof::of);
        var content = received.contents().get(UUID.fromString(read.id()));
        if (read.problem() != ReceivedFile.Problem.NONE || proof.isEmpty() || content == null) {
            return problem(t, switch (read.problem()) {
                case EMPTY -> "empty";
                case TOO_LARGE -> "too-large";
                case INFECTED -> "virus";
                case PASSWORD_PROTECTED -> "password";
                case TOO_MANY_PIXELS -> "too-many-pixels";
                case TOO_MANY_PAGES -> "too-many-pages";
                case TOO_COMPLEX -> "too-complex";
                case BUSY -> "busy";
                case UNREADABLE -> "unreadable";
                case NONE, TOO_MANY -> "kind";
            });
        }
        var id = UUID.randomUUID();
        try (var in = content.open()) {
            files.write(id, in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not keep a proof of identity", unreadable);
        }
        scans.record(id, received.scanOf(UUID.fromString(read.id())));
        drafts.keepFile(tokenHash, new RequestDrafts.IdentityFile(id, fileName(file.getOriginalFilename()),
                proof.get().mediaType()));
        return Optional.empty();
    }

    private static Optional<ErrorMessage> problem(Texts t, String key) {
        return Optional.of(new ErrorMessage("file", t.t("your-data.error.file." + key)));
    }

    private static String fileName(String original) {
        String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cc}<>\"]", "").strip();
        return name.length() > LONGEST_FILE_NAME ? name.substring(0, LONGEST_FILE_NAME) : name;
    }
}
