package org.bluelamp.contact;

import org.bluelamp.contact.clocks.DueState;
import org.bluelamp.contact.clocks.ServiceClocks;

import java.time.Instant;
import java.util.List;

/**
 * A queue page: which queue, the counts for the navigation, the contacts and the filter that found them.
 *
 * @param moved a contact just allocated out of this person's sight, to say where it went; null for none
 * @param unread  the reporters' messages not yet opened, for My work, My team and each contact shown
 */
public record QueueScreen(QueueView view, QueueCounts counts, QueuePage contacts, QueueFilter filter,
                          List<ServiceName> services, List<String> queues, Instant now, ServiceClocks clocks,
                          String moved, ContactChoices choices, List<String> languages, UnreadMessages unread) {

    /** The languages offered, by code, to filter by: empty when only one is, and the filter is not shown. */
    public QueueScreen {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** A language as staff read it, in English: "Welsh". */
    public static String languageName(String code) {
        return java.util.Locale.of(code).getDisplayLanguage(java.util.Locale.ENGLISH);
    }

    /** A team as staff read it: its configured name, not its code. */
    public String teamName(String code) {
        return choices.teamName(code);
    }

    public List<QueueView> views() {
        return List.of(QueueView.values());
    }

    /** The address of another page of this queue with the same filter. */
    public String pageUrl(long page) {
        String query = filter.query();
        return "/staff/contacts?view=" + view.code() + (query.isEmpty() ? "" : "&" + query) + "&page=" + page;
    }

    public ContactClocks clocksOf(Contact contact) {
        return ContactClocks.of(contact, clocks, now);
    }

    public DueState dueState(Contact contact) {
        return clocksOf(contact).next().map(ContactClocks.Running::state).orElse(DueState.NONE);
    }
}
