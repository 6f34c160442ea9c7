package org.bluelamp.contact;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every event the back office publishes about a reporter, as a listener for messaging would receive it. */
@Component
public class ContactEventsForTests {

    private final List<Object> received = new CopyOnWriteArrayList<>();

    @EventListener({InformationRequested.class, CrimeDecisionMade.class, ContactAllocated.class,
            ContactReferred.class, ContactClosed.class, ContactReopened.class})
    void on(Object event) {
        received.add(event);
    }

    public <T> List<T> about(String reference, Class<T> type) {
        return received.stream().filter(type::isInstance).map(type::cast)
                .filter(event -> reference.equals(referenceOf(event))).toList();
    }

    private static String referenceOf(Object event) {
        return switch (event) {
            case InformationRequested e -> e.reference().value();
            case CrimeDecisionMade e -> e.reference().value();
            case ContactAllocated e -> e.reference().value();
            case ContactReferred e -> e.reference().value();
            case ContactClosed e -> e.reference().value();
            case ContactReopened e -> e.reference().value();
            default -> null;
        };
    }
}
