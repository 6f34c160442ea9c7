package org.bluelamp.privacy;

import org.bluelamp.platform.personaldata.AccessEntry;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Who looked at a record, and what a member of staff has looked at: for supervisors and the data protection team.
 * Reading the log is itself written to it, in the same transaction, since it names the people a record is about.
 */
@Service
@Transactional
class AccessHistory {

    /** A member of staff's trail is long; the newest this many are shown. */
    static final int NEWEST = 200;

    private final AccessLog log;

    AccessHistory(AccessLog log) {
        this.log = log;
    }

    List<AccessEntry> ofRecord(String reference, StaffMember viewer) {
        log.read(viewer.accessor(), "access-log", reference, Map.of());
        return log.of(reference);
    }

    List<AccessEntry> byMember(String username, StaffMember viewer) {
        log.read(viewer.accessor(), "access-log", null, Map.of("staff", username));
        return log.by(username, NEWEST);
    }
}
