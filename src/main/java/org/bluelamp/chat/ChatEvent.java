package org.bluelamp.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;
import java.util.List;

/**
 * What happened in a chat, or in the queue, as every instance hears it (through PostgreSQL) and hands it to whoever
 * follows the chat or watches the queue there: a page's socket, a handler's console. Written as JSON whose
 * {@code type} names it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChatEvent.Line.class, name = "line"),
        @JsonSubTypes.Type(value = ChatEvent.Typing.class, name = "typing"),
        @JsonSubTypes.Type(value = ChatEvent.Answered.class, name = "answered"),
        @JsonSubTypes.Type(value = ChatEvent.Transferred.class, name = "transferred"),
        @JsonSubTypes.Type(value = ChatEvent.Ended.class, name = "ended"),
        @JsonSubTypes.Type(value = ChatEvent.QueueChanged.class, name = "queue")})
public sealed interface ChatEvent {

    /**
     * A line was added (handlers' usernames are not in it: read them with {@link ChatDesk#linesAfter}).
     *
     * @param seq   its sequence number: a follower that sees a gap reads the lines after the last it has
     * @param from  a {@link Speaker#code()}
     * @param words what the possible-emergency rules matched in it; empty if nothing
     */
    record Line(int seq, String from, String text, List<String> words, Instant at) implements ChatEvent {

        static Line of(ChatLine line) {
            return new Line(line.seq(), line.speaker().code(), line.text(), line.flaggedWords(), line.at());
        }
    }

    /** Someone is typing: {@code from} is a {@link Speaker#code()}. Not stored. */
    record Typing(String from) implements ChatEvent {
    }

    /** A handler answered the chat. */
    record Answered() implements ChatEvent {
    }

    /** The chat moved to another handler (whose console now follows it). */
    record Transferred(String to) implements ChatEvent {
    }

    /** The chat ended; {@code reason} is a {@link ChatEndReason#code()}. */
    record Ended(String reason) implements ChatEvent {
    }

    /**
     * The queue changed (a chat joined, was answered, ended, or was flagged): watchers look again; a waiting person
     * hears their new place.
     */
    record QueueChanged() implements ChatEvent {
    }
}
