package org.bluelamp.chat.console;

import org.bluelamp.chat.ChatDesk;
import org.bluelamp.chat.ChatLine;
import org.bluelamp.chat.Speaker;
import org.bluelamp.contact.LoggedConversations;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.Reference;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * A chat logged as a report: its whole transcript, for the contact's timeline, and the chat linked to the contact's
 * reference, both in the transaction that opens the contact. Staff read it in English, as every staff screen is.
 */
@Component
class ChatTranscripts implements LoggedConversations {

    private final ChatDesk desk;
    private final ChatHandovers handovers;
    private final LanguageTexts texts;

    ChatTranscripts(ChatDesk desk, ChatHandovers handovers, LanguageTexts texts) {
        this.desk = desk;
        this.handovers = handovers;
        this.texts = texts;
    }

    @Override
    public Optional<String> transcriptOf(UUID chatId, Reference reference) {
        var found = desk.find(chatId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var chat = found.get();
        desk.linkReference(chatId, reference.value());
        var lines = desk.linesAfter(chatId, 0);
        var moves = handovers.of(chatId);
        var words = texts.texts(Language.ENGLISH);
        var dates = texts.dates(Language.ENGLISH);
        record Said(Instant at, String line) {
        }
        var said = new ArrayList<Said>();
        said.add(new Said(chat.queuedAt(), words.t("chat.console.transcript.joined", dates.dateAndTime(chat.queuedAt()),
                chat.about())));
        for (ChatLine line : lines) {
            said.add(new Said(line.at(), dates.timeOfDay(line.at()) + " " + speaker(line, chat.name(), words) + ": "
                    + line.text()));
        }
        for (var move : moves) {
            said.add(new Said(move.at(), dates.timeOfDay(move.at()) + " " + (move.toBslRelay()
                    ? words.t("chat.console.transcript.to-bsl", move.from())
                    : words.t("chat.console.transcript.handed", move.from(), move.to()))));
        }
        said.sort(Comparator.comparing(Said::at));
        return Optional.of(String.join("\n", said.stream().map(Said::line).toList()));
    }

    private static String speaker(ChatLine line, String name, org.bluelamp.platform.Texts words) {
        if (line.speaker() == Speaker.HANDLER) {
            return line.staffUsername();
        }
        if (line.speaker() == Speaker.SYSTEM) {
            return words.t("chat.console.transcript.service");
        }
        return name == null ? words.t("chat.console.transcript.person") : name;
    }
}
