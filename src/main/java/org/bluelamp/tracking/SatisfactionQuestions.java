package org.bluelamp.tracking;

import org.bluelamp.contact.ContactClosed;
import org.bluelamp.contact.ContactsForReporters;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.SecretTokens;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * After a contact is closed with an outcome, its reporter is asked once how we did: a link with a random token (only
 * its hash is kept) in a message by the way they chose, at a safe time (notify). Never for a report filed for
 * information, an anonymous one, or someone who said we may not contact them; never a second time, whatever happens
 * to the contact after. The answers are kept for management information without the person or the contact.
 */
@Service
class SatisfactionQuestions {

    /** The page the link opens. */
    static final String PATH = "/how-did-we-do/";

    private final SatisfactionInvitations invitations;
    private final ContactsForReporters contacts;
    private final SubmittedReports reports;
    private final TrackingProperties.Satisfaction settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SatisfactionQuestions(SatisfactionInvitations invitations, ContactsForReporters contacts, SubmittedReports reports,
                          TrackingProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.contacts = contacts;
        this.reports = reports;
        this.settings = properties.satisfaction();
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ContactClosed closed) {
        // filed for information: nothing more is owed them, so nothing is asked either
        if (closed.filed() || !reports.reporter(closed.reportId()).map(Reporter::mayBeContacted).orElse(false)) {
            return;
        }
        contacts.origin(closed.reportId()).ifPresent(origin -> {
            var now = clock.instant();
            var askAt = closed.at().plus(settings.askAfter());
            var expiresAt = (askAt.isAfter(now) ? askAt : now).plus(settings.linkFor());
            String token = SecretTokens.newToken();
            if (invitations.invite(origin.contactId(), SecretTokens.hash(token), origin.serviceId(), origin.channel(),
                    now, expiresAt)) {
                events.publishEvent(new SatisfactionAsked(origin.contactId(), closed.reportId(), closed.reference(),
                        PATH + token, askAt, expiresAt));
            }
        });
    }

    /** Where a link stands: what its page shows. */
    enum Standing { OPEN, ANSWERED, EXPIRED, UNKNOWN }

    @Transactional(readOnly = true)
    Standing standing(String token) {
        return find(token).map(i -> i.answered() ? Standing.ANSWERED
                : i.expiredAt(clock.instant()) ? Standing.EXPIRED : Standing.OPEN).orElse(Standing.UNKNOWN);
    }

    /**
     * Keeps the answers and closes the link, in one transaction; says where the link stood if it was not open (a
     * second use, an expired link, one that never was), and then keeps nothing.
     */
    @Transactional
    Standing answer(String token, SatisfactionAnswers answers) {
        if (!wellFormed(token)) {
            return Standing.UNKNOWN;
        }
        var now = clock.instant();
        var claimed = invitations.claim(SecretTokens.hash(token), now);
        if (claimed.isEmpty()) {
            return standing(token);
        }
        // Sending nothing is an answer too ("no thanks"): the link is used, and there is nothing to count.
        if (!answers.none()) {
            invitations.addAnswer(claimed.get(), now.atZone(LondonTime.ZONE).toLocalDate(), answers);
        }
        return Standing.OPEN;
    }

    private Optional<SatisfactionInvitations.Invitation> find(String token) {
        return wellFormed(token) ? invitations.find(SecretTokens.hash(token)) : Optional.empty();
    }

    /** A token is 43 characters of base64url; anything far from that is not one, and is not looked up. */
    private static boolean wellFormed(String token) {
        return token != null && token.length() <= 64 && token.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '_');
    }
}
