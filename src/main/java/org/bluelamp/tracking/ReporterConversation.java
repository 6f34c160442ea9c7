package org.bluelamp.tracking;

import org.bluelamp.contact.ContactsForReporters;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.ReportAdditions;
import org.bluelamp.reporting.SentForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message the reporter sends about their report: counted against the day's limit, its words and files checked and
 * kept as information added to the report (the same checks and store as "add information"), and put in the
 * conversation for whoever holds the contact, in one transaction.
 */
@Service
class ReporterConversation {

    /** The form's fields: the same as adding information, so the same definition checks them. */
    static final String WORDS = "information";
    static final String FILES = "evidence";
    /** The longest message, as the definition's box allows. */
    static final int MAX_LENGTH = 2000;
    private static final Duration DAY = Duration.ofDays(1);

    private final ReportAdditions additions;
    private final ContactsForReporters contacts;
    private final TrackingProperties properties;
    private final Clock clock;

    ReporterConversation(ReportAdditions additions, ContactsForReporters contacts, TrackingProperties properties,
                         Clock clock) {
        this.additions = additions;
        this.contacts = contacts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What sending came to.
     *
     * @param errors      what to fix, if anything (nothing was stored)
     * @param closed      no message can be sent: the report has no open contact
     * @param nextAllowed when over the day's limit, when another message may be sent; null otherwise
     */
    record Outcome(FormErrors errors, boolean closed, Instant nextAllowed) {

        boolean sent() {
            return errors.isEmpty() && !closed && nextAllowed == null;
        }
    }

    /**
     * Whether the reporter may write now.
     *
     * @param open         the report has an open contact to write to
     * @param limitedUntil when they have sent the day's limit, when they may send another; null if they may now
     */
    record Allowance(boolean open, Instant limitedUntil) {
    }

    @Transactional
    Allowance allowance(UUID reportId) {
        return contacts.messagesSentSince(reportId, clock.instant().minus(DAY))
                .map(sent -> new Allowance(true, limitedUntil(sent))).orElse(new Allowance(false, null));
    }

    @Transactional
    Outcome send(UUID reportId, SentForm sent, Texts texts) {
        var already = contacts.messagesSentSince(reportId, clock.instant().minus(DAY));
        if (already.isEmpty()) {
            return new Outcome(FormErrors.NONE, true, null);
        }
        var until = limitedUntil(already.get());
        if (until != null) {
            return new Outcome(FormErrors.NONE, false, until);
        }
        String words = sent.values().getOrDefault(WORDS, List.of()).stream().findFirst().orElse("");
        if (words.isBlank()) {
            return new Outcome(FormErrors.of(new ErrorMessage(WORDS, texts.t("track.message.required"))), false,
                    null);
        }
        if (words.length() > MAX_LENGTH) {
            return new Outcome(FormErrors.of(new ErrorMessage(WORDS, texts.t("track.message.too-long", MAX_LENGTH))),
                    false, null);
        }
        var added = additions.add(reportId, null, sent, texts);
        if (!added.added()) {
            return new Outcome(added.errors(), false, null);
        }
        contacts.message(reportId, added.information(), added.fileNames(), properties.replyWithin());
        return new Outcome(FormErrors.NONE, false, null);
    }

    /** With this many sent in the last day: null if another may be sent, else when the oldest counted turns a day. */
    private Instant limitedUntil(List<Instant> sentInTheLastDay) {
        int limit = properties.messagesPerDay();
        return sentInTheLastDay.size() < limit ? null
                : sentInTheLastDay.get(sentInTheLastDay.size() - limit).plus(DAY);
    }
}
