package org.bluelamp.contact;

import org.bluelamp.contact.clocks.DueState;
import org.bluelamp.contact.clocks.ServiceClocks;

import java.time.Instant;
import java.util.List;

/** A queue page: which queue, the counts for the navigation, the contacts and the filter that found them. */
public record QueueScreen(QueueView view, QueueCounts counts, QueuePage contacts, QueueFilter filter,
                          List<ServiceName> services, List<String> queues, Instant now, ServiceClocks clocks) {

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
