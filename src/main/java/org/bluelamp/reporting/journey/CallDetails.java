package org.bluelamp.reporting.journey;

import org.bluelamp.platform.language.Language;
import org.bluelamp.reporting.Channel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a draft logged by staff carries besides answers: how the caller reached us, when the call started and who
 * is logging it (the only account that may open the draft); for a BSL video relay call, also who interpreted and
 * which relay call it was; for a 101 live chat, which chat it was; and the language the caller asked for (English
 * unless they asked for another offered one).
 */
public record CallDetails(Channel channel, Instant startedAt, String loggedBy, String interpreter, UUID relayCallId,
                          Language language, UUID chatId) {

    public CallDetails {
        Objects.requireNonNull(channel);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(loggedBy);
        language = language == null ? Language.ENGLISH : language;
    }

    public CallDetails(Channel channel, Instant startedAt, String loggedBy, String interpreter, UUID relayCallId,
                       Language language) {
        this(channel, startedAt, loggedBy, interpreter, relayCallId, language, null);
    }

    /** A 101 live chat, logged by the handler who held it. */
    public static CallDetails chat(Instant startedAt, String loggedBy, UUID chatId) {
        return new CallDetails(Channel.WEBCHAT, startedAt, loggedBy, null, null, Language.ENGLISH, chatId);
    }

    public CallDetails(Channel channel, Instant startedAt, String loggedBy, String interpreter, UUID relayCallId) {
        this(channel, startedAt, loggedBy, interpreter, relayCallId, Language.ENGLISH);
    }

    /** A call with no interpreter, in a language the caller asked for. */
    public CallDetails(Channel channel, Instant startedAt, String loggedBy, Language language) {
        this(channel, startedAt, loggedBy, null, null, language);
    }

    /** A call with no interpreter: 101, the front counter, an email. */
    public CallDetails(Channel channel, Instant startedAt, String loggedBy) {
        this(channel, startedAt, loggedBy, null, null, Language.ENGLISH);
    }
}
