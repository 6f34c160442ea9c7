package org.bluelamp.reporting.upload;

import org.bluelamp.platform.files.ScanState;
import org.bluelamp.platform.files.VirusScanner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the files sent with an upload page: decides what each is from its content (never its name or the type
 * the browser claims) and removes metadata such as where a photo or video was taken. Nothing is kept yet: the page
 * decides whether the files are acceptable, then {@link DraftFiles} keeps them.
 * <p>
 * Everything the sender controls is bounded before memory is spent on it: how many files are read (no more than the
 * question takes), each one's bytes (before reading), a picture's pixels (from its header, before decoding), a PDF's
 * objects and pages, and how many photos and documents are read at once in this instance ({@link DecodeSlots}).
 */
@Component
public class UploadReader {

    private static final int LONGEST_NAME = 100;
    /** Enough of a file's start to tell its kind (a PDF header may come anywhere in the first 1024 bytes). */
    private static final int HEAD = 4096;

    private final UploadProperties properties;
    private final VirusScanner scanner;
    private final FileLimits limits;
    /** One for the instance, as this reader is: it bounds this instance's memory. */
    private final DecodeSlots slots;

    @Autowired
    UploadReader(UploadProperties properties, VirusScanner scanner) {
        this.properties = properties;
        this.scanner = scanner;
        this.limits = properties.limits();
        this.slots = new DecodeSlots(properties.decoders(), properties.decodeWait());
    }

    /** A reader that scans nothing. */
    UploadReader(UploadProperties properties) {
        this(properties, VirusScanner.off());
    }

    /**
     * The files read, the cleaned content of each one that can be kept, and what the virus scanner said of each (by
     * id): kept with the file by {@link DraftFiles}.
     */
    public record Received(List<ReceivedFile> files, Map<UUID, FileContent> contents, Map<UUID, ScanState> scans) {

        public Received(List<ReceivedFile> files, Map<UUID, FileContent> contents) {
            this(files, contents, Map.of());
        }

        public ScanState scanOf(UUID id) {
            return scans.getOrDefault(id, ScanState.OFF);
        }
    }

    public long maxSize() {
        return properties.maxSize().toBytes();
    }

    /** The largest file a question takes: videos have a limit of their own. */
    public long maxSize(boolean video) {
        return video ? properties.maxVideoSize().toBytes() : maxSize();
    }

    public Received read(List<UploadPart> parts) {
        return read(parts, false);
    }

    /** Reads the files sent for a question, with the size limit for video where it takes video. */
    public Received read(List<UploadPart> parts, boolean video) {
        return read(parts, video, Integer.MAX_VALUE);
    }

    /**
     * Reads the files sent for a question, at most {@code mostFiles} of them (what the question takes): the others
     * are named as too many without being read, so a form stuffed with files cannot fill the memory.
     */
    public Received read(List<UploadPart> parts, boolean video, int mostFiles) {
        return read(parts, video, false, mostFiles);
    }

    /**
     * As {@link #read(List, boolean, int)}; where the question takes video and also photos or documents
     * ({@code photosToo}), each file is judged from its first bytes: a video is read as a video, with its limit; anything
     * else as a photo or document, with theirs, so a picture never gets the video's size.
     */
    public Received read(List<UploadPart> parts, boolean video, boolean photosToo, int mostFiles) {
        long maxSize = maxSize(video);
        var files = new ArrayList<ReceivedFile>();
        var contents = new LinkedHashMap<UUID, FileContent>();
        var scans = new LinkedHashMap<UUID, ScanState>();
        int read = 0;
        for (UploadPart part : parts) {
            String name = safeName(part.originalName());
            if (part.empty() && name.isEmpty()) {
                continue; // the input was left empty: no file chosen
            }
            var id = UUID.randomUUID();
            if (read >= mostFiles) {
                files.add(new ReceivedFile(id.toString(), name, null, part.size(), ReceivedFile.Problem.TOO_MANY));
                continue;
            }
            read++;
            if (part.empty()) {
                files.add(new ReceivedFile(id.toString(), name, null, 0, ReceivedFile.Problem.EMPTY));
            } else if (part.size() > maxSize) {
                files.add(new ReceivedFile(id.toString(), name, null, part.size(), ReceivedFile.Problem.TOO_LARGE));
            } else if (infected(id, part, scans)) {
                files.add(new ReceivedFile(id.toString(), name, null, part.size(), ReceivedFile.Problem.INFECTED));
            } else if (video && photosToo && !isVideo(part)) {
                files.add(part.size() > maxSize()
                        ? new ReceivedFile(id.toString(), name, kindOf(part), part.size(), ReceivedFile.Problem.TOO_LARGE)
                        : readInTurn(id, name, part, contents));
            } else if (video) {
                files.add(judgeVideo(id, name, part, contents));
            } else {
                files.add(readInTurn(id, name, part, contents));
            }
        }
        return new Received(List.copyOf(files), contents, scans);
    }

    /**
     * Scans the file as it was sent, before anything else reads it, and notes what was found; true if it holds a
     * virus, so it is refused. A file clamd could not scan now is kept and scanned later (platform.files).
     */
    private boolean infected(UUID id, UploadPart part, Map<UUID, ScanState> scans) {
        if (!scanner.on()) {
            return false;
        }
        ScanState state;
        try (var in = part.stream().get()) {
            state = scanner.scan(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded file", e);
        }
        scans.put(id, state);
        return state == ScanState.INFECTED;
    }

    /**
     * A video is judged from its first bytes, its structure read through once (skipping the pictures), and it is kept
     * read again from the upload when it is stored, losing its location on the way: never all in memory. Whatever else
     * is sent where a video is asked for is named by its kind, to be refused.
     */
    private static ReceivedFile judgeVideo(UUID id, String name, UploadPart part, Map<UUID, FileContent> contents) {
        byte[] head;
        try (var in = part.stream().get()) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded file", e);
        }
        var kind = FileKind.sniff(head).orElse(null);
        if (kind != null && kind.isVideo()) {
            try {
                VideoMetadata.check(kind, part.stream().get(), part.size());
            } catch (UnreadableFileException e) {
                return new ReceivedFile(id.toString(), name, kind, part.size(), ReceivedFile.Problem.UNREADABLE);
            }
            contents.put(id, new FileContent(part.size(),
                    () -> VideoMetadata.strip(kind, part.stream().get(), part.size())));
        }
        return new ReceivedFile(id.toString(), name, kind, part.size(), ReceivedFile.Problem.NONE);
    }

    /** The kind the file's first bytes say it is, or null; only those bytes are read. */
    private static FileKind kindOf(UploadPart part) {
        try (var in = part.stream().get()) {
            return FileKind.sniff(in.readNBytes(HEAD)).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an uploaded file", e);
        }
    }

    private static boolean isVideo(UploadPart part) {
        var kind = kindOf(part);
        return kind != null && kind.isVideo();
    }

    /**
     * A photo or document is read and cleaned in one of the instance's slots, its bytes read only once it has one;
     * when none comes free in time the person is asked to try again, and the rest of their answer stays.
     */
    private ReceivedFile readInTurn(UUID id, String name, UploadPart part, Map<UUID, FileContent> contents) {
        try {
            return slots.run(() -> clean(id, name, part.content().get(), contents));
        } catch (DecodersBusyException e) {
            return new ReceivedFile(id.toString(), name, null, part.size(), ReceivedFile.Problem.BUSY);
        }
    }

    private ReceivedFile clean(UUID id, String name, byte[] content, Map<UUID, FileContent> contents) {
        var kind = FileKind.sniff(content).orElse(null);
        if (kind == null) {
            return new ReceivedFile(id.toString(), name, null, content.length, ReceivedFile.Problem.NONE);
        }
        try {
            byte[] cleaned = ImageMetadata.strip(kind, content, limits);
            contents.put(id, FileContent.of(cleaned));
            return new ReceivedFile(id.toString(), name, kind, cleaned.length, ReceivedFile.Problem.NONE);
        } catch (FileOverLimitException e) {
            var problem = switch (e.limit()) {
                case PIXELS -> ReceivedFile.Problem.TOO_MANY_PIXELS;
                case PAGES -> ReceivedFile.Problem.TOO_MANY_PAGES;
                case OBJECTS -> ReceivedFile.Problem.TOO_COMPLEX;
            };
            return new ReceivedFile(id.toString(), name, kind, content.length, problem);
        } catch (UnreadableFileException e) {
            return new ReceivedFile(id.toString(), name, kind, content.length, ReceivedFile.Problem.UNREADABLE);
        } catch (PasswordProtectedFileException e) {
            return new ReceivedFile(id.toString(), name, kind, content.length, ReceivedFile.Problem.PASSWORD_PROTECTED);
        }
    }

    /**
     * The name as the person knows it, without any folder a browser may send, control or direction-changing
     * characters, or more than {@value #LONGEST_NAME} characters.
     */
    static String safeName(String original) {
        if (original == null) {
            return "";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        return name.length() > LONGEST_NAME ? name.substring(name.length() - LONGEST_NAME) : name;
    }
}
