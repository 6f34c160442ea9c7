package org.bluelamp.notify;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.privacy.SubjectAccessAnswerReleased;
import org.bluelamp.privacy.SubjectAccessRequestReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Messages about a subject access request: that it was received, with its reference and due date, and the link to
 * its answer. They go at once to the email given, or else a mobile: the person asked for them.
 */
@Component
class DataRequestMessages {


    private final MessageWriter writer;
    private final LinkProperties links;
    private final Clock clock;

    DataRequestMessages(MessageWriter writer, LinkProperties links, Clock clock) {
        this.writer = writer;
        this.links = links;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubjectAccessRequestReceived received) {
        String dueBy = received.dueOn() == null ? "The month starts when we have seen your ID."
                : "We must answer by " + LondonTime.date(received.dueOn()) + ".";
        Delivery.now(received.email(), received.phone(), clock.instant()).ifPresent(delivery ->
                writer.write(MessageKind.DATA_REQUEST_RECEIVED, received.requestId().toString(), received.reference(),
                        Map.of("dueBy", dueBy), List.of(delivery)));
    }

    @ApplicationModuleListener
    void on(SubjectAccessAnswerReleased released) {
        Delivery.now(released.email(), released.phone(), clock.instant()).ifPresent(delivery ->
                writer.write(MessageKind.DATA_REQUEST_ANSWER, released.releaseId().toString(), released.reference(),
                        Map.of("answerLink", links.link(released.linkPath()),
                                "expiresOn", LondonTime.date(released.expiresAt())),
                        released.expiresAt(), List.of(delivery)));
    }
}
