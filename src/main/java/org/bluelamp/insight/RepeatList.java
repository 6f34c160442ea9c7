package org.bluelamp.insight;

import java.util.List;

/**
 * A page of the repeat groups a viewer may see some of, largest first.
 *
 * @param groups the number of groups with a contact the viewer may see, over all pages
 */
public record RepeatList(RepeatKind kind, RepeatFilter filter, int page, int pages, int groups,
                         List<RepeatGroup> shown) {

    /** Groups on a page, and contacts of a group on it: every contact listed is an entry in the access log. */
    public static final int GROUPS_SHOWN = 25;
    public static final int CONTACTS_SHOWN = 20;

    public RepeatList {
        shown = List.copyOf(shown);
    }
}
