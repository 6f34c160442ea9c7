package org.bluelamp.insight;

import java.util.List;

/**
 * One person or address that came up again and again, as a viewer may see it: the group's number on the page, how
 * many contacts it has in all, and those of them the viewer may open, newest first (at most
 * {@link RepeatList#CONTACTS_SHOWN}).
 *
 * @param hidden the group's contacts the viewer may not see, or not shown for length
 */
public record RepeatGroup(int number, int contacts, List<RepeatContact> shown, int hidden) {

    public RepeatGroup {
        shown = List.copyOf(shown);
    }
}
