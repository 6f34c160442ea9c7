package org.bluelamp.reporting.journey;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitReached;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.bluelamp.platform.limits.Recipient;
import org.bluelamp.reporting.DraftSavedForLater;
import org.bluelamp.reporting.definition.Question;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * "Save and come back later": keeps the draft for its whole lifetime from now and makes a link to reopen it, sent
 * by the message module, which listens for {@link DraftSavedForLater}. The link, the longer life and the event are
 * one transaction, so a link is never sent for a draft that was not kept, nor kept without being sent.
 */
@Service
class SaveForLater {

    /** Where a link to a draft goes: a path on this site, with the token that opens it. */
    static final String RESUME_PATH = "/resume/";

    private final Drafts drafts;
    private final ResumeLinks links;
    private final ApplicationEventPublisher events;
    private final RateLimits limits;
    private final Clock clock;

    SaveForLater(Drafts drafts, ResumeLinks links, ApplicationEventPublisher events, RateLimits limits, Clock clock) {
        this.drafts = drafts;
        this.links = links;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Saves the draft for later and asks for its link to be sent; gives when it will be deleted.
     *
     * @throws LimitReached if this client or address has had too many links; the draft is as it was
     */
    @Transactional
    Instant save(OpenDraft open, LinkAddress address, Client client, Language language) {
        try {
            limits.take(LimitedAction.SAVE_FOR_LATER, client, address.email() != null ? Recipient.of(address.email())
                    : Recipient.of(address.mobile()));
        } catch (LimitReached refused) {
            throw refused.keptAt(JourneyPaths.page(open.service().id(), open.resumePage()));
        }
        Instant until = drafts.keep(open.id(), language);
        var link = links.add(open.id(), address, clock.instant());
        events.publishEvent(new DraftSavedForLater(link.id(), open.service().title(), address.email(),
                address.mobile(), RESUME_PATH + link.token(), until, language));
        return until;
    }

    /** The reporter's own email and mobile from the answers so far, to suggest where to send the link. */
    static LinkAddressForm suggestion(OpenDraft open) {
        Optional<EmailAddress> email = Optional.empty();
        Optional<UkPhoneNumber> mobile = Optional.empty();
        for (Question question : open.journey().path(open.answers())) {
            Map<String, Object> answer = open.answers().getOrDefault(question.id(), Map.of());
            for (var field : question.fields()) {
                // The autocomplete token marks the person's own details, not someone else's they were asked for.
                if (answer.get(field.id()) instanceof String value) {
                    if (email.isEmpty() && "email".equals(field.type()) && "email".equals(field.autocomplete())) {
                        email = EmailAddress.parse(value);
                    } else if (mobile.isEmpty() && "uk-phone".equals(field.type()) && "tel".equals(field.autocomplete())) {
                        mobile = UkPhoneNumber.parse(value).filter(UkPhoneNumber::mobile);
                    }
                }
            }
        }
        return LinkAddressForm.prefilled(email, mobile);
    }
}
