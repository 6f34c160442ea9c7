package org.bluelamp.contact;

import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.SearchTerm;
import org.bluelamp.platform.personaldata.SearchTerms;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A member of staff's contact search, written to the access log in the same transaction: what kinds of detail it was
 * (a reference, an email, words), never the words typed.
 */
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
            accessLog.search(searcher.accessor(), ContactRecordKind.CONTACT, null, terms(query));
        }
        return search.find(query, ContactScope.of(searcher), limit);
    }

    /** What the text was taken for: each exact kind it can be, and words when names and words are or may be searched. */
    static SearchTerms terms(SearchQuery query) {
        var terms = SearchTerms.none();
        query.reference().ifPresent(r -> terms.with(SearchTerm.REFERENCE, r));
        query.email().ifPresent(e -> terms.with(SearchTerm.EMAIL, e));
        query.phone().ifPresent(p -> terms.with(SearchTerm.PHONE, p));
        query.postcode().ifPresent(p -> terms.with(SearchTerm.POSTCODE, p));
        query.vehicle().ifPresent(v -> terms.with(SearchTerm.VEHICLE, v));
        if (query.byWords() || query.wordsIfNoReferenceFound()) {
            terms.with(SearchTerm.WORDS, query.text());
        }
        return terms;
    }
}
