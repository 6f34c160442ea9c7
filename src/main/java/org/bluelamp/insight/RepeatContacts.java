package org.bluelamp.insight;

import org.bluelamp.contact.ContactScope;
import org.bluelamp.contact.ContactRecordKind;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.staff.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The repeat groups as a member of staff who works contacts may list them: each group's contacts they may open,
 * never the email, phone or postcode that joins them. Listing a contact is a read of it, so each one listed is
 * written to the access log in the read's transaction, as contact's pages are.
 */
@Service
public class RepeatContacts {

    /** The access log's detail: which page listed the contact. */
    static final String PAGE = "insight-repeats";

    private final RepeatGroups repeats;
    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    RepeatContacts(RepeatGroups repeats, JdbcClient jdbc, AccessLog accessLog) {
        this.repeats = repeats;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /** Whether this member of staff may list contacts at all (an analyst with figures only may not). */
    public static boolean mayList(StaffMember viewer) {
        return ContactScope.of(viewer).seesContacts();
    }

    /** A page (from 1) of the groups with a contact the viewer may see; a page past the last is the last. */
    @Transactional
    public RepeatList list(RepeatKind kind, RepeatFilter filter, int page, StaffMember viewer) {
        var scope = ContactScope.of(viewer);
        if (!scope.seesContacts()) {
            throw new IllegalArgumentException("lists contacts only for staff who may see them");
        }
        var groups = repeats.groups(kind, filter, scope).stream().filter(g -> !g.visible().isEmpty()).toList();
        int pages = Math.max(1, Math.ceilDiv(groups.size(), RepeatList.GROUPS_SHOWN));
        int shownPage = Math.clamp(page, 1, pages);
        int first = (shownPage - 1) * RepeatList.GROUPS_SHOWN;
        var onPage = groups.subList(first, Math.min(groups.size(), first + RepeatList.GROUPS_SHOWN));
        var shown = new ArrayList<RepeatGroup>();
        for (int i = 0; i < onPage.size(); i++) {
            var group = onPage.get(i);
            var contacts = contacts(group.visible());
            contacts.forEach(c -> accessLog.read(viewer.accessor(), ContactRecordKind.CONTACT, c.reference(),
                    Map.of("page", PAGE, "kind", kind.code())));
            shown.add(new RepeatGroup(first + i + 1, group.contacts().size(), contacts,
                    group.contacts().size() - contacts.size()));
        }
        return new RepeatList(kind, filter, shownPage, pages, groups.size(), shown);
    }

    /** The newest of these contacts, as many as a group shows. */
    private List<RepeatContact> contacts(Set<UUID> ids) {
        return jdbc.sql("""
                        SELECT reference, received_at, service_title, channel FROM contact
                        WHERE id = ANY(:ids) ORDER BY received_at DESC, reference LIMIT :limit""")
                .param("ids", ids.toArray(UUID[]::new)).param("limit", RepeatList.CONTACTS_SHOWN)
                .query((rs, row) -> new RepeatContact(rs.getString("reference"),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("service_title"),
                        rs.getString("channel"))).list();
    }
}
