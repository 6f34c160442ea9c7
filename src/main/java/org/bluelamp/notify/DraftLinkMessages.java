package org.bluelamp.notify;

import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.DraftSavedForLater;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Sends the link to carry on with a saved report to the address the person gave for it. The link alone opens
 * nothing: a code goes to the same address when it is used.
 */
@Component
class DraftLinkMessages {

    private final MessageWriter writer;
    private final LinkProperties links;
    private final Clock clock;
    private final LanguageTexts languageTexts;

    DraftLinkMessages(MessageWriter writer, LinkProperties links, Clock clock, LanguageTexts languageTexts) {
        this.languageTexts = languageTexts;
        this.writer = writer;
        this.links = links;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DraftSavedForLater saved) {
        Delivery.now(saved.email(), saved.phone(), clock.instant()).ifPresent(delivery ->
                writer.write(MessageKind.RESUME_LINK, saved.resumeId().toString(), null,
                        language -> Map.of("resumeLink", links.link(saved.resumePath()),
                                "deletedAfter", languageTexts.dates(language).dateAndTime(saved.deletedAfter())),
                        saved.deletedAfter(), List.of(delivery), saved.language()));
    }
}
