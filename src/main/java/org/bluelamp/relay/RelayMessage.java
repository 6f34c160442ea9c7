package org.bluelamp.relay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.JsonNode;

/**
 * What the relay tells a browser on the signalling socket (and another instance, for a browser connected there): one
 * record per message, written as a JSON object whose {@code type} names it. The pages' script ({@code relay.mjs})
 * reads exactly these names and fields, so they never change for an existing message.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RelayMessage.Queue.class, name = "queue"),
        @JsonSubTypes.Type(value = RelayMessage.Answered.class, name = "answered"),
        @JsonSubTypes.Type(value = RelayMessage.Ended.class, name = "ended"),
        @JsonSubTypes.Type(value = RelayMessage.Chat.class, name = "chat"),
        @JsonSubTypes.Type(value = RelayMessage.Presence.class, name = "presence"),
        @JsonSubTypes.Type(value = RelayMessage.Signal.class, name = "signal")})
sealed interface RelayMessage {

    /**
     * The queue changed: a console looks again (no place), a waiting caller hears their place (1 is next) and about
     * how many minutes they may wait.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"position", "minutes"})
    record Queue(Integer position, Long minutes) implements RelayMessage {

        static Queue changed() {
            return new Queue(null, null);
        }

        static Queue place(int position, long minutes) {
            return new Queue(position, minutes);
        }
    }

    /** An interpreter answered the caller's call. */
    record Answered() implements RelayMessage {
    }

    /** The call ended, and why ({@link EndReason#code()}). */
    record Ended(String reason) implements RelayMessage {
    }

    /** A line typed in the call: who sent it, its words, and the time of day it was sent (London). */
    @JsonPropertyOrder({"from", "text", "at"})
    record Chat(String from, String text, String at) implements RelayMessage {
    }

    /** Someone on a link of the call came or went. */
    @JsonPropertyOrder({"who", "here"})
    record Presence(String who, boolean here) implements RelayMessage {
    }

    /** WebRTC signalling from the other end of a link, passed on as that browser sent it. */
    @JsonPropertyOrder({"from", "data"})
    record Signal(String from, JsonNode data) implements RelayMessage {
    }
}
