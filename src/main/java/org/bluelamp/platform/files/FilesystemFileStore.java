package org.bluelamp.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps each file in a folder, under its id, spread over 256 sub-folders so no folder grows too large. Files are
 * written to a temporary name, forced to disk and moved into place, so a reader never sees half a file and a file
 * is on disk before the database row that names it is committed.
 */
final class FilesystemFileStore implements FileStore {

    private final Path root;

    FilesystemFileStore(Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public void write(UUID id, byte[] content) {
        var target = pathOf(id);
        try {
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(target.getParent(), "upload", ".part");
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(target.getParent());
        } catch (IOException e) {
            throw new FileStoreUnavailable("Could not store file " + id, e);
        }
    }

    @Override
    public void write(UUID id, InputStream content) {
        var target = pathOf(id);
        try {
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(target.getParent(), "upload", ".part");
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                content.transferTo(Channels.newOutputStream(channel));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(target.getParent());
        } catch (IOException e) {
            throw new FileStoreUnavailable("Could not store file " + id, e);
        }
    }

    /** The file's name in its folder reaches the disk too, so a power cut cannot lose a file the database names. */
    private static void forceFolder(Path folder) throws IOException {
        try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public Optional<InputStream> open(UUID id) {
        try {
            return Optional.of(Files.newInputStream(pathOf(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new FileStoreUnavailable("Could not read file " + id, e);
        }
    }

    /** Opens the file at the offset: the bytes before it are never read. */
    @Override
    public Optional<InputStream> open(UUID id, long offset) {
        try {
            var channel = FileChannel.open(pathOf(id), StandardOpenOption.READ);
            channel.position(offset);
            return Optional.of(Channels.newInputStream(channel));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new FileStoreUnavailable("Could not read file " + id, e);
        }
    }

    @Override
    public void delete(UUID id) {
        try {
            Files.deleteIfExists(pathOf(id));
        } catch (IOException e) {
            throw new FileStoreUnavailable("Could not delete file " + id, e);
        }
    }

    @Override
    public Stream<UUID> ids() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root, 2).filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(FilesystemFileStore::isId).map(UUID::fromString);
        } catch (IOException e) {
            throw new FileStoreUnavailable("Could not list the stored files", e);
        }
    }

    /** A file's own name; a temporary one (upload…part) left by a crash mid-write is not a stored file. */
    static boolean isId(String name) {
        return name.length() == 36 && name.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    private Path pathOf(UUID id) {
        String name = id.toString();
        return root.resolve(name.substring(0, 2)).resolve(name);
    }
}
