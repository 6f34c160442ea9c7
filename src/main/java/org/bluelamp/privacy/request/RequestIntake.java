package org.bluelamp.privacy.request;

import org.bluelamp.platform.language.Language;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.platform.files.DeleteAfterCommit;
import org.bluelamp.platform.limits.Client;
import org.bluelamp.platform.limits.LimitReached;
import org.bluelamp.platform.limits.LimitedAction;
import org.bluelamp.platform.limits.RateLimits;
import org.bluelamp.platform.limits.Recipient;
import org.bluelamp.privacy.SubjectAccessRequestReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a finished draft into a request: its reference, the clock (started now for an uploaded proof of identity,
 * waiting for one to be brought to a station), the timeline's first entries and the confirmation message.
 */
@Service
class RequestIntake {

    private final RequestDrafts drafts;
    private final DataRequests requests;
    private final DueDates dueDates;
    private final ApplicationEventPublisher events;
    private final DeleteAfterCommit files;
    private final RateLimits limits;
    private final Clock clock;

    RequestIntake(RequestDrafts drafts, DataRequests requests, DueDates dueDates, ApplicationEventPublisher events,
                  DeleteAfterCommit files, RateLimits limits, Clock clock) {
        this.limits = limits;
        this.files = files;
        this.drafts = drafts;
        this.requests = requests;
        this.dueDates = dueDates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends the draft as a request; sending it again gives the same request.
     *
     * @throws LimitReached if this client, email or phone has sent too many: nothing is stored, the draft is kept
     */
    @Transactional
    UUID submit(String tokenHash, Client client, Language language) {
        var draft = drafts.lock(tokenHash).orElseThrow();
        if (draft.submittedAs() != null) {
            return draft.submittedAs();
        }
        var recipients = new ArrayList<Recipient>();
        EmailAddress.parse(draft.get("email")).map(Recipient::of).ifPresent(recipients::add);
        UkPhoneNumber.parse(draft.get("phone")).map(Recipient::of).ifPresent(recipients::add);
        try {
            limits.take(LimitedAction.SUBJECT_ACCESS_REQUEST, client, recipients);
        } catch (LimitReached refused) {
            throw refused.keptAt("/your-data/check");
        }
        var now = clock.instant();
        var id = UUID.randomUUID();
        boolean uploaded = draft.get("identity").equals("upload") && draft.file() != null;
        LocalDate identityOn = uploaded ? DueDates.dayOf(now) : null;
        LocalDate dueOn = uploaded ? dueDates.dueFrom(identityOn) : null;
        var email = EmailAddress.parse(draft.get("email"));
        var phone = UkPhoneNumber.parse(draft.get("phone"));
        String wants = draft.get("wants");
        boolean post = draft.get("receive").equals("post");
        String postcode = clean(draft.get("postcode"));
        var request = new DataRequest(id, null, now, clean(draft.get("fullName")), clean(draft.get("otherNames")),
                RequestAnswers.dateOfBirth(draft.answers()).orElseThrow(),
                email.map(EmailAddress::value).orElse(null), phone.map(UkPhoneNumber::e164).orElse(null),
                clean(draft.get("address")), postcode == null ? null : RequestAnswers.postcode(postcode), wants,
                wants.equals("period") ? clean(draft.get("period")) : null,
                wants.equals("reference") ? clean(draft.get("wantsReference")) : null,
                uploaded ? "upload" : "station", uploaded ? draft.file().id() : null,
                uploaded ? draft.file().name() : null, uploaded ? draft.file().type() : null,
                post ? "post" : "link", uploaded ? "received" : "awaiting-identity", identityOn, dueOn,
                null, null, null, null, null);
        String reference = requests.insert(request, language);
        requests.addToTimeline(id, "requester", "received", Map.of("wants", wants, "receive", request.receiveBy()));
        if (uploaded) {
            requests.addToTimeline(id, "requester", "identity-received",
                    Map.of("how", "upload", "due", dueOn.toString()));
        }
        if (!uploaded && draft.file() != null) {
            files.delete(List.of(draft.file().id())); // uploaded, then they chose to bring their ID instead
        }
        drafts.submitted(tokenHash, id);
        events.publishEvent(new SubjectAccessRequestReceived(id, reference, email.orElse(null), phone.orElse(null),
                dueOn, language));
        return id;
    }

    private static String clean(String value) {
        String cleaned = RequestAnswers.clean(value);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
