package org.bluelamp.notify;

import org.bluelamp.platform.language.LanguageTexts;
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
    private final LanguageTexts languageTexts;

    DataRequestMessages(MessageWriter writer, LinkProperties links, Clock clock, LanguageTexts languageTexts) {
        this.languageTexts = languageTexts;
        this.writer = writer;
        this.links = links;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubjectAccessRequestReceived received) {
        Delivery.now(received.email(), received.phone(), clock.instant()).ifPresent(delivery ->
                writer.write(MessageKind.DATA_REQUEST_RECEIVED, received.requestId().toString(), received.reference(),
                        language -> Map.of("dueBy", received.dueOn() == null
                                ? languageTexts.texts(language).t("notify.data-request.due.waiting")
                                : languageTexts.texts(language).t("notify.data-request.due.by",
                                languageTexts.dates(language).date(received.dueOn()))),
                        null, List.of(delivery), received.language()));
    }

    @ApplicationModuleListener
    void on(SubjectAccessAnswerReleased released) {
        Delivery.now(released.email(), released.phone(), clock.instant()).ifPresent(delivery ->
                writer.write(MessageKind.DATA_REQUEST_ANSWER, released.releaseId().toString(), released.reference(),
                        language -> Map.of("answerLink", links.link(released.linkPath()),
                                "expiresOn", languageTexts.dates(language).date(released.expiresAt())),
                        released.expiresAt(), List.of(delivery), released.language()));
    }
}
