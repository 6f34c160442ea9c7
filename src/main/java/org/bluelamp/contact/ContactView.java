package org.bluelamp.contact;

import org.bluelamp.reporting.ReportParticulars;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SubmittedReport;
import org.bluelamp.reporting.SupportNeeds;

import java.util.List;

/**
 * Everything a contact's pages show, read in one transaction with the record that someone looked.
 *
 * @param report      what the reporter told us; null for a contact with no report
 * @param particulars who the reporter is and how to reach them, by the kind of answer; null with no report
 * @param reporter    how and when the reporter said they may be contacted; null with no report
 * @param suggestions other contacts that may be about the same thing, not yet linked
 * @param supportNeeds the support the reporter asked for, with their words for it; none with no report
 * @param conversation the reporter's messages and the replies, oldest first, as they stood before this look
 * @param recordsSystem what the force's records system sent: crime number, officer in charge, result
 */
public record ContactView(Contact contact, SubmittedReport report, ReportParticulars particulars, Reporter reporter,
                          List<Assessment> assessments, List<InformationRequest> requests, List<LinkedContact> links,
                          List<SuggestedLink> suggestions, List<TimelineEntry> timeline,
                          SupportNeeds supportNeeds, List<ConversationMessage> conversation,
                          RecordsSystemDetails recordsSystem) {

    public ContactView {
        conversation = conversation == null ? List.of() : List.copyOf(conversation);
        recordsSystem = recordsSystem == null ? RecordsSystemDetails.NONE : recordsSystem;
    }

    /** The reporter's messages not yet opened by whoever holds the contact (before this look). */
    public long unread() {
        return conversation.stream().filter(ConversationMessage::unread).count();
    }

    public Assessment latestAssessment() {
        return assessments.isEmpty() ? null : assessments.getFirst();
    }

    public List<InformationRequest> waiting() {
        return requests.stream().filter(r -> !r.answered()).toList();
    }

    /** The history without the looks, which the timeline page lists apart. */
    public List<TimelineEntry> actions() {
        return timeline.stream().filter(e -> !e.view()).toList();
    }

    public List<TimelineEntry> views() {
        return timeline.stream().filter(TimelineEntry::view).toList();
    }
}
