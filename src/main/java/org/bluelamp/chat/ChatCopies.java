package org.bluelamp.chat;

import org.bluelamp.platform.ForceProperties;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A copy of an ended chat by email, only when the person asks and gives an address, and once per chat: noted on the
 * chat and announced ({@link ChatCopyAsked}) in one transaction, so the outbox writes the message once. The copy
 * names nobody on staff: the person's lines are "You", the handlers' "Contact handler".
 */
@Service
public class ChatCopies {

    /**
     * The most characters of conversation in one copy: 400 lines of up to 1,500 characters could be 600,000. Even
     * bilingual (twice the copy, at most 3 bytes of UTF-8 a character) this keeps an email under 2 MB, well inside what
     * mail servers commonly accept. A longer copy ends by saying it is the first part.
     */
    static final int LONGEST_COPY = 250_000;

    /**
     * A chat's copy in the person's language.
     *
     * @param reference the report made from the chat; null if none was
     * @param lines     every line, "You (2:05pm): words", one a line, bounded
     */
    public record Copy(Language language, String reference, Instant joinedAt, String lines) {
    }

    private final Chats chats;
    private final LanguageTexts texts;
    private final ForceProperties force;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ChatCopies(Chats chats, LanguageTexts texts, ForceProperties force, ApplicationEventPublisher events,
               TransactionTemplate transaction, Clock clock) {
        this.chats = chats;
        this.texts = texts;
        this.force = force;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Asks for the copy to be sent; false if one was already, or the chat is still going or has no lines. */
    boolean ask(Chat chat, EmailAddress email) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!chats.markCopySent(chat.id(), clock.instant())) {
                return false;
            }
            events.publishEvent(new ChatCopyAsked(chat.id(), email));
            return true;
        }));
    }

    /** The copy of this chat, for the message; empty if the chat is gone. */
    public Optional<Copy> copyOf(UUID chatId) {
        var found = chats.find(chatId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var chat = found.get();
        var words = texts.texts(chat.language());
        var dates = texts.dates(chat.language());
        var copy = new StringBuilder();
        for (var line : chats.linesAfter(chatId, 0)) {
            var said = words.t("chat.copy.line", speaker(line.speaker(), chat.language()),
                    dates.timeOfDay(line.at()), line.text());
            if (copy.length() + said.length() + 1 > LONGEST_COPY) {
                copy.append(words.t("chat.copy.cut"));
                break;
            }
            copy.append(said).append('\n');
        }
        return Optional.of(new Copy(chat.language(), chat.reference(), chat.queuedAt(), copy.toString().strip()));
    }

    private String speaker(Speaker speaker, Language language) {
        return switch (speaker) {
            case PERSON -> texts.texts(language).t("chat.copy.from.person");
            case HANDLER -> texts.texts(language).t("chat.copy.from.handler");
            case SYSTEM -> force.in(language).name();
        };
    }
}
