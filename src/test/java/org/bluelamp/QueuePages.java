package org.bluelamp;

/** Looks through a queue page by page, as a member of staff would, for one contact. */
public final class QueuePages {

    private QueuePages() {
    }

    /** Whether the contact is in the queue at this address (e.g. "/staff/contacts?view=open"), on any page. */
    public static boolean holds(WebSession session, String queue, String reference) {
        for (int page = 1; ; page++) {
            var body = session.get(queue + (queue.contains("?") ? "&" : "?") + "page=" + page).body();
            if (body.contains("/staff/contacts/" + reference + "\"")) {
                return true;
            }
            if (!body.contains("govuk-pagination__next")) {
                return false;
            }
        }
    }

    /** The contact's row in the queue at this address, on whichever page it is; empty if it is not there. */
    public static java.util.Optional<String> row(WebSession session, String queue, String reference) {
        for (int page = 1; ; page++) {
            var body = session.get(queue + (queue.contains("?") ? "&" : "?") + "page=" + page).body();
            int link = body.indexOf("/staff/contacts/" + reference + "\"");
            if (link >= 0) {
                int start = body.lastIndexOf("<tr", link);
                return java.util.Optional.of(body.substring(start, body.indexOf("</tr>", link)));
            }
            if (!body.contains("govuk-pagination__next")) {
                return java.util.Optional.empty();
            }
        }
    }
}
