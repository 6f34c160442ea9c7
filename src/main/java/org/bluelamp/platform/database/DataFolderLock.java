package org.bluelamp.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Claims a data folder for this process for as long as it runs. The operating system drops the lock when the
 * process ends, however it ends (even {@code kill -9}), so a held lock always means a Bluelamp that is running.
 * The file holds the owner's process id, so a second Bluelamp can say which process to stop.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "bluelamp.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Claims the folder, or throws {@link DataFolderInUseException} naming the process that has it. */
    static DataFolderLock claim(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                throw new DataFolderInUseException(folder, owner);
            }
            // Never open this file again while holding the lock: closing any other handle to it would drop the lock.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not claim the data folder " + folder, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    private static String readOwner(FileChannel channel) throws IOException {
        var buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String owner = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        return owner.matches("\\d+") ? owner : "unknown";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
