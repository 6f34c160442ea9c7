package org.bluelamp.contact;

import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** A member of staff's contact search, with its terms written to the access log in the same transaction. */
@Service
class AuditedContactSearch {

    private final ContactSearch search;
    private final AccessLog accessLog;

    AuditedContactSearch(ContactSearch search, AccessLog accessLog) {
        this.search = search;
        this.accessLog = accessLog;
    }

    @Transactional
    List<SearchHit> find(SearchQuery query, StaffMember searcher, int limit) {
        if (!query.blank()) {
            accessLog.search(searcher.accessor(), "contact", Map.of("terms", query.text()));
        }
        return search.find(query, ContactScope.of(searcher), limit);
    }
}
