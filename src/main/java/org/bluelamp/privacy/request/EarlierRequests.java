package org.bluelamp.privacy.request;

import java.util.Set;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.platform.language.English;
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
import java.util.stream.Stream;

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
    public List<HeldRecord> find(Subject subject) {
        String email = subject.email() == null ? null : EmailAddress.parse(subject.email()).map(EmailAddress::value)
                .orElse(subject.email().strip());
        String phone = subject.phone() == null ? null
                : UkPhoneNumber.parse(subject.phone()).map(UkPhoneNumber::e164).orElse(null);
        String letters = subject.name() == null ? null
                : subject.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String postcode = subject.postcode() == null ? null : RequestAnswers.postcode(subject.postcode());
        return requests.candidates(email, phone, subject.dateOfBirth(), postcode, subject.reference(), letters)
                .stream().map(r -> held(r, subject)).filter(Objects::nonNull).toList();
    }

    /** The request as a record, if one of its details is the subject's (the query above is only a first sieve). */
    private static HeldRecord held(DataRequest r, Subject subject) {
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
        var fields = Stream.of(
                        field("Reference", r.reference()),
                        field("Received", English.untilLanguageIsStored().dateAndTime(r.receivedAt())),
                        field("Name", r.fullName()), field("Other names", r.otherNames()),
                        field("Date of birth", English.untilLanguageIsStored().date(r.dateOfBirth())), field("Email", r.email()),
                        field("Phone", r.phone()), field("Address", r.address()), field("Postcode", r.postcode()),
                        field("Asked for", switch (r.wants()) {
                            case "period" -> "Information about " + r.wantsPeriod();
                            case "reference" -> "Information about " + r.wantsReference();
                            default -> "Everything held";
                        }))
                .filter(Objects::nonNull).toList();
        return new HeldRecord(PrivacyRecordKind.DATA_REQUEST, r.id().toString(), r.reference(), r.receivedAt(),
                "Subject access request " + r.reference(), matched, fields);
    }

    private static HeldRecord.Field field(String label, String value) {
        return value == null || value.isBlank() ? null : new HeldRecord.Field(label, value);
    }
}
