package org.bluelamp.relay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.JsonNode;

/**
 * What a browser may send on the signalling socket, by its {@code type}. Anything else, or anything that is not JSON
 * of this shape, fails to read and is ignored ({@link Signalling}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BrowserMessage.Ping.class, name = "ping"),
        @JsonSubTypes.Type(value = BrowserMessage.Signal.class, name = "signal")})
@JsonIgnoreProperties(ignoreUnknown = true)
sealed interface BrowserMessage {

    /** The caller's page is still open. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ping() implements BrowserMessage {
    }

    /** WebRTC signalling for the browser at the other end of a link ({@code to}: a participant), passed on as is. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Signal(String to, JsonNode data) implements BrowserMessage {
    }
}
