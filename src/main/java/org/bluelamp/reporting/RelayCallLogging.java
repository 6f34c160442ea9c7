package org.bluelamp.reporting;

import org.bluelamp.reporting.journey.CallDetails;
import org.bluelamp.reporting.journey.QuestionEngine;
import org.bluelamp.reporting.journey.ServiceCatalogue;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts logging a BSL video relay call on the same call-logging screens as a 101 call, with the channel set to
 * video relay and the interpreter and relay call carried through to the report and its contact.
 */
@Service
public class RelayCallLogging {

    private final ServiceCatalogue catalogue;
    private final QuestionEngine engine;

    RelayCallLogging(ServiceCatalogue catalogue, QuestionEngine engine) {
        this.catalogue = catalogue;
        this.engine = engine;
    }

    /** What a call can be about: every service a call can be logged as, by id and title. */
    public List<ServiceChoice> services() {
        return catalogue.forCalls().stream().map(s -> new ServiceChoice(s.id(), s.title())).toList();
    }

    public record ServiceChoice(String id, String title) {
    }

    /**
     * A new call draft for this handler; the address of its first screen, or empty for an unknown service.
     *
     * @param answeredAt when the interpreter answered: the call's start as far as the force is concerned
     */
    public Optional<String> start(String serviceId, Instant answeredAt, String handler, String interpreter,
                                  UUID relayCallId) {
        return catalogue.find(serviceId).filter(catalogue.forCalls()::contains)
                .map(service -> engine.startCall(service,
                        new CallDetails(Channel.VIDEO_RELAY, answeredAt, handler, interpreter, relayCallId)))
                .map(open -> "/staff/calls/" + open.id());
    }
}
