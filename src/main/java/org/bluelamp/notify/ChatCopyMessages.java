package org.bluelamp.notify;

import org.bluelamp.chat.ChatCopies;
import org.bluelamp.chat.ChatCopyAsked;
import org.bluelamp.platform.language.LanguageTexts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Sends a copy of a 101 live chat to the address the person typed after it ended: only when they asked (never by
 * default: someone else may read their email), once per chat, in the language they chatted in. The address is in
 * this message alone.
 */
@Component
class ChatCopyMessages {

    private final ChatCopies copies;
    private final MessageWriter writer;
    private final LanguageTexts languageTexts;
    private final Clock clock;

    ChatCopyMessages(ChatCopies copies, MessageWriter writer, LanguageTexts languageTexts, Clock clock) {
        this.copies = copies;
        this.writer = writer;
        this.languageTexts = languageTexts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ChatCopyAsked asked) {
        copies.copyOf(asked.chatId()).ifPresent(copy -> Delivery.now(asked.email(), null, clock.instant())
                .ifPresent(delivery -> writer.write(MessageKind.CHAT_COPY, asked.chatId().toString(), null,
                        language -> {
                            var transcript = copy.reference() == null ? copy.lines()
                                    : languageTexts.texts(language).t("chat.copy.reference", copy.reference())
                                    + "\n\n" + copy.lines();
                            return Map.of("startedAt", languageTexts.dates(language).dateAndTime(copy.joinedAt()),
                                    "transcript", transcript);
                        }, null, List.of(delivery), copy.language())));
    }
}
