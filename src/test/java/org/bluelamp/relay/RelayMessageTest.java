package org.bluelamp.relay;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signalling socket's messages as the browser's script reads and writes them: the same JSON, field for field and
 * in the same order, as when they were built as maps; and what a browser sends read as one of two messages or not at
 * all.
 */
class RelayMessageTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachMessageIsWrittenAsTheBrowserReadsIt() {
        var data = json.readTree("{\"link\":\"a1\",\"description\":{\"type\":\"offer\",\"sdp\":\"v=0\"}}");
        assertThat(json.writeValueAsString(RelayMessage.Queue.changed())).isEqualTo("{\"type\":\"queue\"}");
        assertThat(json.writeValueAsString(RelayMessage.Queue.place(2, 15L)))
                .isEqualTo("{\"type\":\"queue\",\"position\":2,\"minutes\":15}");
        assertThat(json.writeValueAsString(new RelayMessage.Answered())).isEqualTo("{\"type\":\"answered\"}");
        assertThat(json.writeValueAsString(new RelayMessage.Ended("dropped")))
                .isEqualTo("{\"type\":\"ended\",\"reason\":\"dropped\"}");
        assertThat(json.writeValueAsString(new RelayMessage.Chat("interpreter", "Hello", "9:31am")))
                .isEqualTo("{\"type\":\"chat\",\"from\":\"interpreter\",\"text\":\"Hello\",\"at\":\"9:31am\"}");
        assertThat(json.writeValueAsString(new RelayMessage.Presence("caller", false)))
                .isEqualTo("{\"type\":\"presence\",\"who\":\"caller\",\"here\":false}");
        assertThat(json.writeValueAsString(new RelayMessage.Signal("caller", data)))
                .isEqualTo("{\"type\":\"signal\",\"from\":\"caller\",\"data\":" + json.writeValueAsString(data) + "}");
    }

    /** Other instances send and read them inside an envelope: each comes back as it went. */
    @Test
    void everyMessageReadsBackAsItself() {
        var permitted = Arrays.stream(RelayMessage.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value).toList();
        assertThat(permitted).as("every message has its type name")
                .containsExactlyInAnyOrder(RelayMessage.class.getPermittedSubclasses());
        for (RelayMessage message : new RelayMessage[] {RelayMessage.Queue.changed(), RelayMessage.Queue.place(1, 3),
                new RelayMessage.Answered(), new RelayMessage.Ended("caller-left"),
                new RelayMessage.Chat("caller", "Hi", "9:00am"), new RelayMessage.Presence("handler", true),
                new RelayMessage.Signal("interpreter", json.readTree("{\"ready\":true}"))}) {
            var asMap = json.convertValue(message, Map.class);
            assertThat(json.convertValue(asMap, RelayMessage.class)).isEqualTo(message);
        }
    }

    @Test
    void aBrowserSendsAPingOrASignalAndNothingElseReads() {
        assertThat(json.readValue("{\"type\":\"ping\"}", BrowserMessage.class)).isInstanceOf(BrowserMessage.Ping.class);
        var signal = (BrowserMessage.Signal) json.readValue(
                "{\"type\":\"signal\",\"to\":\"interpreter\",\"data\":{\"ready\":true},\"extra\":1}", BrowserMessage.class);
        assertThat(signal.to()).isEqualTo("interpreter");
        assertThat(json.writeValueAsString(signal.data())).isEqualTo("{\"ready\":true}");
        assertThat(((BrowserMessage.Signal) json.readValue("{\"type\":\"signal\"}", BrowserMessage.class)).to()).isNull();
        assertThat(json.readValue("null", BrowserMessage.class)).isNull();
        for (String unread : new String[] {"not json", "[1,2]", "\"ping\"", "{}", "{\"type\":\"queue\"}",
                "{\"type\":\"signal\",\"to\":{}}", "{\"type\":7}"}) {
            assertThatThrownBy(() -> json.readValue(unread, BrowserMessage.class)).as(unread)
                    .isInstanceOf(JacksonException.class);
        }
    }

    /** As when the message was a map holding what the browser sent, a signal with no data passes on none. */
    @Test
    void aSignalWithNoDataIsPassedOnAsBefore() {
        var before = new LinkedHashMap<String, Object>();
        before.put("type", "signal");
        before.put("from", "caller");
        before.put("data", json.readTree("{\"type\":\"signal\",\"to\":\"interpreter\"}").path("data"));
        var received = (BrowserMessage.Signal) json.readValue("{\"type\":\"signal\",\"to\":\"interpreter\"}",
                BrowserMessage.class);
        assertThat(json.writeValueAsString(new RelayMessage.Signal("caller", received.data())))
                .isEqualTo(json.writeValueAsString(before));
    }
}
