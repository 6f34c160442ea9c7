package org.bluelamp.notify;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the development mailbox as a person trying Bluelamp would: one file per message, with its real words. */
@Component
public class DevMailboxForTests {

    private final Path folder;

    DevMailboxForTests(NotifyProperties properties) {
        this.folder = properties.devMailbox();
    }

    /** Every message written for this email address or phone (E.164), oldest first, as the files hold them. */
    public List<String> messagesTo(String recipient) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted()
                    .map(DevMailboxForTests::read).filter(mail -> mail.startsWith("To: " + recipient + "\n")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
