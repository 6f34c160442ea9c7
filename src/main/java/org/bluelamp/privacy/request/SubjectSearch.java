package org.bluelamp.privacy.request;

import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.platform.personaldata.Accessor;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.SearchTerm;
import org.bluelamp.platform.personaldata.SearchTerms;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Searches every module for a request's subject: each module's {@link SubjectFinder}, then who looked at what was
 * found. The search goes in the access log in the same transaction, as the kinds of detail searched by (supervisors
 * read the log), and with its terms on the request's timeline, which only the data protection team reads. What is
 * found is worded in the language the request was made in, so the team reviews the words the person will read.
 */
@Service
class SubjectSearch {

    private final List<SubjectFinder> finders;
    private final WhoLooked whoLooked;
    private final RequestItems items;
    private final DataRequests requests;
    private final AccessLog log;
    private final MessageSource messages;

    SubjectSearch(List<SubjectFinder> finders, WhoLooked whoLooked, RequestItems items, DataRequests requests,
                  AccessLog log, MessageSource messages) {
        this.finders = finders;
        this.whoLooked = whoLooked;
        this.items = items;
        this.requests = requests;
        this.log = log;
        this.messages = messages;
    }

    /** Runs the search for the request and keeps what it found; how many records it found. */
    @Transactional
    int search(DataRequest request, Subject subject, Accessor who) {
        var terms = terms(request, subject);
        log.search(who, PrivacyRecordKind.SUBJECT, request.reference(), SearchTerms.none()
                .with(SearchTerm.NAME, subject.name())
                .with(SearchTerm.DATE_OF_BIRTH, subject.dateOfBirth() == null ? null : subject.dateOfBirth().toString())
                .with(SearchTerm.EMAIL, subject.email())
                .with(SearchTerm.PHONE, subject.phone())
                .with(SearchTerm.POSTCODE, subject.postcode())
                .with(SearchTerm.REFERENCE, subject.reference()));
        var texts = HeldFields.in(messages, requests.languageOf(request.id()));
        var found = new ArrayList<HeldRecord>();
        for (SubjectFinder finder : finders) {
            finder.find(subject, texts).stream()
                    .filter(held -> !(held.is(PrivacyRecordKind.DATA_REQUEST) && held.id().equals(request.id().toString())))
                    .forEach(found::add);
        }
        var references = new LinkedHashSet<String>();
        found.stream().map(HeldRecord::reference).filter(r -> r != null && !r.isBlank()).forEach(references::add);
        if (subject.reference() != null && !subject.reference().isBlank()) {
            references.add(subject.reference().strip());
        }
        // The team's own work on this request is not what the person asked about.
        references.remove(request.reference());
        found.addAll(whoLooked.of(references, texts));
        items.replaceFound(request.id(), found);
        var detail = new LinkedHashMap<>(terms);
        detail.put("found", Integer.toString(found.size()));
        requests.addToTimeline(request.id(), who.username(), "searched", detail);
        return found.size();
    }

    private static Map<String, String> terms(DataRequest request, Subject subject) {
        var terms = new LinkedHashMap<String, String>();
        terms.put("request", request.reference());
        put(terms, "name", subject.name());
        put(terms, "dateOfBirth", subject.dateOfBirth() == null ? null : subject.dateOfBirth().toString());
        put(terms, "email", subject.email());
        put(terms, "phone", subject.phone());
        put(terms, "postcode", subject.postcode());
        put(terms, "reference", subject.reference());
        return terms;
    }

    private static void put(Map<String, String> terms, String key, String value) {
        if (value != null && !value.isBlank()) {
            terms.put(key, value.strip());
        }
    }

}
