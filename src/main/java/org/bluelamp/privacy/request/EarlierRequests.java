package org.bluelamp.privacy.request;

import java.util.Set;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Privacy's own records about a subject: the subject access requests they have made, found by email, phone, date
 * of birth, name or postcode. The request being answered is left out by the search.
 */
@Component
class EarlierRequests implements SubjectFinder {

    private final DataRequests requests;

    EarlierRequests(DataRequests requests) {
        this.requests = requests;
    }

    @Override
    public Set<RecordKind> kinds() {
        return Set.of(PrivacyRecordKind.DATA_REQUEST);
    }

    @Override
    public List<HeldRecord> find(Subject subject, Texts texts) {
        String email = subject.email() == null ? null : EmailAddress.parse(subject.email()).map(EmailAddress::value)
                .orElse(subject.email().strip());
        String phone = subject.phone() == null ? null
                : UkPhoneNumber.parse(subject.phone()).map(UkPhoneNumber::e164).orElse(null);
        String letters = subject.name() == null ? null
                : subject.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String postcode = subject.postcode() == null ? null : RequestAnswers.postcode(subject.postcode());
        return requests.candidates(email, phone, subject.dateOfBirth(), postcode, subject.reference(), letters)
                .stream().map(r -> held(r, subject, texts)).filter(Objects::nonNull).toList();
    }

    /** The request as a record, if one of its details is the subject's (the query above is only a first sieve). */
    private static HeldRecord held(DataRequest r, Subject subject, Texts texts) {
        var matched = new ArrayList<String>();
        if (subject.nameMatches(r.fullName()) || subject.nameMatches(r.otherNames())) {
            matched.add("name");
        }
        if (subject.dateOfBirthMatches(r.dateOfBirth())) {
            matched.add("date-of-birth");
        }
        if (subject.emailMatches(r.email())) {
            matched.add("email");
        }
        if (subject.phoneMatches(r.phone())) {
            matched.add("phone");
        }
        if (subject.addressMatches(r.postcode())) {
            matched.add("postcode");
        }
        if (subject.referenceMatches(r.reference())) {
            matched.add("reference");
        }
        if (matched.isEmpty() || matched.equals(List.of("date-of-birth"))) {
            return null; // a date of birth alone is shared by too many people
        }
        var fields = new HeldFields(texts)
                .add("held.reference", r.reference())
                .time("held.data-request.received", r.receivedAt())
                .add("held.data-request.name", r.fullName()).add("held.data-request.other-names", r.otherNames())
                .add("held.data-request.date-of-birth", r.dateOfBirth() == null ? null : texts.dates().date(r.dateOfBirth()))
                .add("held.data-request.email", r.email()).add("held.data-request.phone", r.phone())
                .add("held.data-request.address", r.address()).add("held.data-request.postcode", r.postcode())
                .add("held.data-request.asked-for", switch (r.wants()) {
                    case "period" -> texts.t("held.data-request.wants.about", r.wantsPeriod());
                    case "reference" -> texts.t("held.data-request.wants.about", r.wantsReference());
                    default -> texts.t("held.data-request.wants.everything");
                });
        return new HeldRecord(PrivacyRecordKind.DATA_REQUEST, r.id().toString(), r.reference(), r.receivedAt(),
                texts.t("held.data-request.title", r.reference()), matched, fields.list());
    }
}
