package org.bluelamp.privacy;

import org.bluelamp.contact.ContactAccess;
import org.bluelamp.platform.personaldata.AccessEntry;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.LogReader;
import org.bluelamp.platform.personaldata.SearchTerm;
import org.bluelamp.platform.personaldata.SearchTerms;
import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who looked at a record, and what a member of staff has looked at: for supervisors and the data protection team,
 * each seeing only the entries about what they may see themselves (a supervisor, who may not open subject access
 * requests, sees none of their entries, nor those about contacts outside their scope: another team's). Reading the log is itself written to it, in the same transaction, since it
 * names the people a record is about.
 */
@Service
@Transactional
class AccessHistory {

    /** A member of staff's trail is long; the newest this many are shown. */
    static final int NEWEST = 200;

    private final AccessLog log;
    private final ContactAccess contacts;

    AccessHistory(AccessLog log, ContactAccess contacts) {
        this.log = log;
        this.contacts = contacts;
    }

    List<AccessEntry> ofRecord(String reference, StaffMember viewer) {
        log.read(viewer.accessor(), PrivacyRecordKind.ACCESS_LOG, reference, Map.of());
        return withinScope(log.of(reference, readerOf(viewer)), viewer);
    }

    List<AccessEntry> byMember(String username, StaffMember viewer) {
        log.read(viewer.accessor(), PrivacyRecordKind.ACCESS_LOG, null, Map.of("staff", username));
        return withinScope(log.by(username, NEWEST, readerOf(viewer)), viewer);
    }

    /**
     * For contact work, only the entries about contacts the viewer may see themselves, and those about no record (a
     * search by kinds of detail, a page of the outbox); the data protection team sees all.
     */
    private List<AccessEntry> withinScope(List<AccessEntry> entries, StaffMember viewer) {
        if (readerOf(viewer) == LogReader.DATA_PROTECTION) {
            return entries;
        }
        var readable = contacts.readable(entries.stream().map(AccessEntry::reference).filter(Objects::nonNull)
                .distinct().toList(), viewer);
        return entries.stream().filter(entry -> entry.reference() == null || readable.contains(entry.reference()))
                .toList();
    }

    /** Who searched for this detail (the data protection team only); the look is a search like any other. */
    List<AccessEntry> searchesFor(SearchTerm kind, String detail, StaffMember viewer) {
        if (!mayLookUpDetails(viewer)) {
            return List.of();
        }
        log.search(viewer.accessor(), PrivacyRecordKind.ACCESS_LOG, null, SearchTerms.none().with(kind, detail));
        return log.searchesFor(kind, detail, NEWEST);
    }

    static boolean mayLookUpDetails(StaffMember viewer) {
        return viewer.may(Permission.DATA_REQUESTS);
    }

    private static LogReader readerOf(StaffMember viewer) {
        return viewer.may(Permission.DATA_REQUESTS) ? LogReader.DATA_PROTECTION : LogReader.CONTACT_WORK;
    }
}
