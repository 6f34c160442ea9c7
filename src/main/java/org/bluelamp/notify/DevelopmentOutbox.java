package org.bluelamp.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Sends nothing anywhere: like a mail catcher, it writes each message, as the person would get it, to a file of its
 * own in the development mailbox folder ({@code bluelamp.notify.dev-mailbox}), where someone trying Bluelamp reads
 * their code or link. Staff pages never show those. Only the file's name is logged.
 */
final class DevelopmentOutbox implements MessageProvider {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentOutbox.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path mailbox;
    private final Clock clock;

    DevelopmentOutbox(Path mailbox, Clock clock) {
        this.mailbox = mailbox;
        this.clock = clock;
    }

    Path mailbox() {
        return mailbox;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        var name = STAMP.format(clock.instant()) + "-" + message.id() + ".txt";
        try {
            Files.createDirectories(mailbox);
            // Written whole, then moved into place: someone watching the folder never reads half a message.
            var partial = Files.createTempFile(mailbox, ".incoming-", ".tmp");
            Files.writeString(partial, asMail(message), StandardCharsets.UTF_8);
            Files.move(partial, mailbox.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException cannotWrite) {
            return new SendResult.RetryLater(null, null, "the development mailbox folder cannot be written: "
                    + cannotWrite.getClass().getSimpleName());
        }
        log.info("Development mailbox: {}", name);
        return new SendResult.Sent(null, true, null, "written to the development mailbox as " + name);
    }

    private static String asMail(OutgoingMessage message) {
        var mail = new StringBuilder();
        mail.append("To: ").append(message.recipient()).append('\n');
        mail.append("By: ").append(message.channel() == MessageChannel.EMAIL ? "email" : "text message").append('\n');
        if (message.subject() != null) {
            mail.append("Subject: ").append(message.subject()).append('\n');
        }
        mail.append("Message-ID: <").append(message.id()).append("@bluelamp>\n\n");
        return mail.append(message.body()).append('\n').toString();
    }

    @Override
    public Optional<String> alreadySent(OutgoingMessage message) {
        return Optional.empty();
    }

    @Override
    public String name() {
        return "outbox";
    }
}
