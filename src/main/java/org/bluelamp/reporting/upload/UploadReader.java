package org.bluelamp.reporting.upload;

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
 * the browser claims) and removes metadata such as where a photo was taken. Nothing is kept yet: the page decides
 * whether the files are acceptable, then {@link DraftFiles} keeps them.
 */
@Component
public class UploadReader {

    private static final int LONGEST_NAME = 100;
    /** Enough of a file's start to tell its kind (a PDF header may come anywhere in the first 1024 bytes). */
    private static final int HEAD = 4096;

    private final UploadProperties properties;

    UploadReader(UploadProperties properties) {
        this.properties = properties;
    }

    /**
     * The files read, and the cleaned content of each one that can be kept, by id.
     */
    public record Received(List<ReceivedFile> files, Map<UUID, FileContent> contents) {
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
        long maxSize = maxSize(video);
        var files = new ArrayList<ReceivedFile>();
        var contents = new LinkedHashMap<UUID, FileContent>();
        for (UploadPart part : parts) {
            String name = safeName(part.originalName());
            if (part.empty() && name.isEmpty()) {
                continue; // the input was left empty: no file chosen
            }
            var id = UUID.randomUUID();
            if (part.empty()) {
                files.add(new ReceivedFile(id.toString(), name, null, 0, ReceivedFile.Problem.EMPTY));
            } else if (part.size() > maxSize) {
                files.add(new ReceivedFile(id.toString(), name, null, part.size(), ReceivedFile.Problem.TOO_LARGE));
            } else if (video) {
                files.add(judgeVideo(id, name, part, contents));
            } else {
                files.add(clean(id, name, part.content().get(), contents));
            }
        }
        return new Received(List.copyOf(files), contents);
    }

    /**
     * A video is judged from its first bytes and kept as it came, read again from the upload when it is stored: never
     * all in memory. Whatever else is sent where a video is asked for is named by its kind, to be refused.
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
            contents.put(id, new FileContent(part.size(), part.stream()));
        }
        return new ReceivedFile(id.toString(), name, kind, part.size(), ReceivedFile.Problem.NONE);
    }

    private static ReceivedFile clean(UUID id, String name, byte[] content, Map<UUID, FileContent> contents) {
        var kind = FileKind.sniff(content).orElse(null);
        if (kind == null) {
            return new ReceivedFile(id.toString(), name, null, content.length, ReceivedFile.Problem.NONE);
        }
        try {
            byte[] cleaned = ImageMetadata.strip(kind, content);
            contents.put(id, FileContent.of(cleaned));
            return new ReceivedFile(id.toString(), name, kind, cleaned.length, ReceivedFile.Problem.NONE);
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
