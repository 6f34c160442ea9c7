package org.bluelamp.tracking;

import org.bluelamp.contact.ConversationMessage;
import org.bluelamp.contact.ReporterHandling;
import org.bluelamp.contact.ReporterProgress;

import java.util.List;

/**
 * The reporter's page about their report.
 *
 * @param progress how it is going; null in the moment between sending and the back office opening it
 * @param serviceTitle the kind of report in the page's language (the stored English title if no longer offered)
 * @param added    whether they have just added information or answered a question
 * @param conversation their messages and our replies, oldest first
 * @param messageSent  whether they have just sent a message
 * @param handling     who is dealing with it and how often they will hear; null with {@code progress}
 * @param support      the support services offered, in the page's language
 */
public record TrackedReportPage(ReporterProgress progress, String serviceTitle, boolean added,
                                List<ConversationMessage> conversation, boolean messageSent,
                                ReporterHandling handling, List<OfferedSupport> support) {

    public TrackedReportPage {
        conversation = conversation == null ? List.of() : List.copyOf(conversation);
    }
}
