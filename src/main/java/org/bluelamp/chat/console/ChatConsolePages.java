package org.bluelamp.chat.console;

import org.bluelamp.chat.Chat;
import org.bluelamp.chat.ChatLine;
import org.bluelamp.chat.ChatServiceLevels;
import org.bluelamp.platform.Choice;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.reporting.RelayCallLogging;

import java.time.Instant;
import java.util.List;

/** What the handlers' chat pages show; public so that templates can read them. */
public final class ChatConsolePages {

    private ChatConsolePages() {
    }

    /** A piece of a line, marked where the possible-emergency rules matched a word. */
    public record Part(String text, boolean marked) {
    }

    /** The line in pieces, each match of one of the words (ignoring case) marked, for {@code <mark>}. */
    public static List<Part> marked(String text, List<String> words) {
        var parts = new java.util.ArrayList<Part>();
        var lower = text.toLowerCase(java.util.Locale.ROOT);
        int from = 0;
        while (from < text.length()) {
            int at = -1;
            String found = null;
            for (var word : words) {
                if (word.isEmpty()) {
                    continue;
                }
                int i = lower.indexOf(word.toLowerCase(java.util.Locale.ROOT), from);
                if (i >= 0 && (at < 0 || i < at || (i == at && word.length() > found.length()))) {
                    at = i;
                    found = word;
                }
            }
            if (at < 0) {
                parts.add(new Part(text.substring(from), false));
                break;
            }
            if (at > from) {
                parts.add(new Part(text.substring(from, at), false));
            }
            parts.add(new Part(text.substring(at, at + found.length()), true));
            from = at + found.length();
        }
        return parts;
    }

    /**
     * The console.
     *
     * @param mayAnswer whether this person answers chats (handlers); supervisors only watch
     * @param limit     how many chats a handler holds at once
     * @param notice    a message key for what just happened (another handler was quicker...), or null
     * @param levels    today's service levels
     */
    public record Console(List<Chat> waiting, List<Chat> mine, boolean mayAnswer, int limit, String notice,
                          Instant now, ChatServiceLevels levels) {

        public boolean full() {
            return mine.size() >= limit;
        }
    }

    /**
     * A chat its handler holds.
     *
     * @param replies    the standard replies' titles, numbered from 1 in this order
     * @param repliesJson their texts, in the same order, as a JSON list for the page's script
     * @param typed      what is in the reply box: what was typed, or a standard reply chosen
     * @param colleagues whom it can be handed to, as choices (value: username)
     * @param reasons    what it can be ended with
     */
    public record Held(Chat chat, List<ChatLine> lines, List<String> replies, String repliesJson, String typed, List<Choice> colleagues,
                       List<Choice> reasons, List<RelayCallLogging.ServiceChoice> services, FormErrors errors,
                       int longestLine) {
    }

    /**
     * A chat that has ended, for the handler who held it last: the transcript, logging it, and the reason.
     *
     * @param reason  the reason it was closed with, as a message key; null while none is given
     */
    public record Ended(Chat chat, List<ChatLine> lines, String reason, List<Choice> reasons,
                        List<RelayCallLogging.ServiceChoice> services, FormErrors errors) {
    }
}
