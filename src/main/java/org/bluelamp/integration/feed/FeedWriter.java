package org.bluelamp.integration.feed;

import org.bluelamp.contact.ContactAllocated;
import org.bluelamp.contact.ContactAssessed;
import org.bluelamp.contact.ContactChoices;
import org.bluelamp.contact.ContactClosed;
import org.bluelamp.contact.ContactReceived;
import org.bluelamp.contact.ContactReopened;
import org.bluelamp.contact.CrimeDecisionMade;
import org.bluelamp.contact.CrimeNumberRecorded;
import org.bluelamp.contact.OfficerInChargeNamed;
import org.bluelamp.contact.ResultRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes contact's events into the feed, each in a transaction of its own after the event's has committed. What it
 * writes names no one and holds no words a person wrote (an outcome, a reason, an officer's name): codes and
 * categories, and whether an officer holds it. A client reads the contact for the rest, and that read is logged.
 */
@Component
class FeedWriter {

    private final FeedEvents events;
    private final ContactChoices choices;

    FeedWriter(FeedEvents events, ContactChoices choices) {
        this.events = events;
        this.choices = choices;
    }

    @ApplicationModuleListener
    void on(ContactReceived received) {
        events.append(FeedEvents.idOf(FeedKind.RECEIVED, received.contactId()), FeedKind.RECEIVED,
                received.contactId(), received.reference(), received.at(),
                data("channel", received.channel(), "service", received.serviceId()));
    }

    @ApplicationModuleListener
    void on(ContactAssessed assessed) {
        events.append(FeedEvents.idOf(FeedKind.ASSESSED, assessed.contactId(), assessed.at()), FeedKind.ASSESSED,
                assessed.contactId(), assessed.reference(), assessed.at(),
                data("risk", assessed.risk(), "grading", assessed.grading(), "reassessment", assessed.again()));
    }

    @ApplicationModuleListener
    void on(CrimeDecisionMade decided) {
        events.append(FeedEvents.idOf(FeedKind.CRIME_DECISION, decided.contactId(), decided.at(), decided.recorded()),
                FeedKind.CRIME_DECISION, decided.contactId(), decided.reference(), decided.at(),
                data("recorded", decided.recorded(), "classification", classificationCode(decided.classification())));
    }

    @ApplicationModuleListener
    void on(ContactAllocated allocated) {
        events.append(FeedEvents.idOf(FeedKind.ALLOCATED, allocated.contactId(), allocated.at(), allocated.team(),
                        allocated.officer()), FeedKind.ALLOCATED, allocated.contactId(), allocated.reference(),
                allocated.at(), data("team", allocated.team(), "officer", allocated.officer() != null));
    }

    @ApplicationModuleListener
    void on(ContactClosed closed) {
        events.append(FeedEvents.idOf(FeedKind.CLOSED, closed.contactId(), closed.at(), closed.filed()),
                FeedKind.CLOSED, closed.contactId(), closed.reference(), closed.at(),
                data("filed", closed.filed(), "category", closed.category()));
    }

    @ApplicationModuleListener
    void on(ContactReopened reopened) {
        events.append(FeedEvents.idOf(FeedKind.REOPENED, reopened.contactId(), reopened.at()), FeedKind.REOPENED,
                reopened.contactId(), reopened.reference(), reopened.at(), Map.of());
    }

    /** The crime number is the records system's own identifier for the crime, not anyone's words. */
    @ApplicationModuleListener
    void on(CrimeNumberRecorded recorded) {
        events.append(FeedEvents.idOf(FeedKind.CRIME_NUMBER, recorded.contactId(), recorded.at(),
                        recorded.crimeNumber()), FeedKind.CRIME_NUMBER, recorded.contactId(), recorded.reference(),
                recorded.at(), data("crimeNumber", recorded.crimeNumber()));
    }

    /** The officer is a person: their name and number stay on the contact, read with a logged read. */
    @ApplicationModuleListener
    void on(OfficerInChargeNamed named) {
        events.append(FeedEvents.idOf(FeedKind.OFFICER_IN_CHARGE, named.contactId(), named.at()),
                FeedKind.OFFICER_IN_CHARGE, named.contactId(), named.reference(), named.at(), Map.of());
    }

    /** The outcome's code only: the description is words for the reporter. */
    @ApplicationModuleListener
    void on(ResultRecorded recorded) {
        events.append(FeedEvents.idOf(FeedKind.RESULT, recorded.contactId(), recorded.at(), recorded.outcome().code()),
                FeedKind.RESULT, recorded.contactId(), recorded.reference(), recorded.at(),
                data("outcome", recorded.outcome().code()));
    }

    /**
     * The Home Office code of a classification the event names by its label ("8N Assault with injury" gives "8N");
     * a label no longer configured is given whole, as it is still the force's own list's, not anyone's words.
     */
    private String classificationCode(String label) {
        if (label == null) {
            return null;
        }
        return choices.crimeClassifications().stream().filter(c -> c.label().equals(label))
                .map(ContactChoices.Classification::code).findFirst().orElse(label);
    }

    /** Names and values in order; a value may be null (no classification when not a crime). */
    private static Map<String, Object> data(Object... namesAndValues) {
        var data = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return data;
    }
}
