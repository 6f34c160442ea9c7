package org.bluelamp.reporting;

import org.bluelamp.platform.language.Language;

import java.time.Instant;
import java.util.UUID;

/**
 * A report has been sent, by a member of the public online or logged by staff from a call; it is stored and will
 * not change.
 *
 * @param queue         the back-office queue its definition routes it to, e.g. "crime-bureau"
 * @param priority      its starting priority
 * @param crimeDecision whether a crime-recording decision is due on it
 * @param channel       a {@link Channel} code; null in events stored before channels were recorded, meaning online
 * @param callStartedAt for a call logged by staff, when it started; otherwise null
 * @param callEndedAt   for a call logged by staff, when it was saved; otherwise null
 * @param loggedBy      for a call logged by staff, the username of who logged it; otherwise null
 * @param interpreter   for a BSL video relay call, the username of the interpreter; otherwise null
 * @param relayCallId   for a BSL video relay call, which call it was (its recording is kept by it); otherwise null
 * @param language      the language the report was made in (the page's, or the one a caller asked for); English
 *                      in events stored before languages were
 * @param chatId        for a 101 live chat logged as a report, which chat it was (its transcript goes on the
 *                      contact's timeline); otherwise null
 */
public record ReportSubmitted(UUID reportId, Reference reference, String serviceId, String serviceTitle,
                              Instant submittedAt, String queue, Priority priority, boolean crimeDecision,
                              String channel, Instant callStartedAt, Instant callEndedAt, String loggedBy,
                              String interpreter, UUID relayCallId, Language language, UUID chatId) {

    public ReportSubmitted {
        language = language == null ? Language.ENGLISH : language;
    }

    public ReportSubmitted(UUID reportId, Reference reference, String serviceId, String serviceTitle,
                           Instant submittedAt, String queue, Priority priority, boolean crimeDecision,
                           String channel, Instant callStartedAt, Instant callEndedAt, String loggedBy,
                           String interpreter, UUID relayCallId, Language language) {
        this(reportId, reference, serviceId, serviceTitle, submittedAt, queue, priority, crimeDecision, channel,
                callStartedAt, callEndedAt, loggedBy, interpreter, relayCallId, language, null);
    }

    public ReportSubmitted(UUID reportId, Reference reference, String serviceId, String serviceTitle,
                           Instant submittedAt, String queue, Priority priority, boolean crimeDecision,
                           String channel, Instant callStartedAt, Instant callEndedAt, String loggedBy,
                           String interpreter, UUID relayCallId) {
        this(reportId, reference, serviceId, serviceTitle, submittedAt, queue, priority, crimeDecision, channel,
                callStartedAt, callEndedAt, loggedBy, interpreter, relayCallId, Language.ENGLISH);
    }

    /** A call logged by staff with no interpreter. */
    public ReportSubmitted(UUID reportId, Reference reference, String serviceId, String serviceTitle,
                           Instant submittedAt, String queue, Priority priority, boolean crimeDecision,
                           String channel, Instant callStartedAt, Instant callEndedAt, String loggedBy) {
        this(reportId, reference, serviceId, serviceTitle, submittedAt, queue, priority, crimeDecision, channel,
                callStartedAt, callEndedAt, loggedBy, null, null, Language.ENGLISH);
    }

    /** A report sent online by a member of the public. */
    public ReportSubmitted(UUID reportId, Reference reference, String serviceId, String serviceTitle,
                           Instant submittedAt, String queue, Priority priority, boolean crimeDecision) {
        this(reportId, reference, serviceId, serviceTitle, submittedAt, queue, priority, crimeDecision,
                Channel.ONLINE.code(), null, null, null, null, null, Language.ENGLISH);
    }

    /** The channel's code, online when the event predates channels. */
    public String channelOrOnline() {
        return channel == null ? Channel.ONLINE.code() : channel;
    }
}
