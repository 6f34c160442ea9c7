package org.bluelamp.contact;

import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.reporting.DatesOfBirth;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.SearchForms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The contacts whose reporter is a subject of a data request, found by the particulars each contact keeps in its
 * search forms (V15's indexed emails, phones, postcodes and names) or by its reference; the reporter's date of birth,
 * kept only in the report, confirms a contact found so. A name alone is a weaker match the team checks.
 */
@Service
public class SubjectContacts {

    private final JdbcClient jdbc;
    private final DatesOfBirth datesOfBirth;

    SubjectContacts(JdbcClient jdbc, DatesOfBirth datesOfBirth) {
        this.jdbc = jdbc;
        this.datesOfBirth = datesOfBirth;
    }

    /** A contact found for the subject, with what matched. */
    record Found(UUID id, String reference, UUID reportId, List<String> matchedOn) {
    }

    private record Candidate(UUID id, String reference, UUID reportId, String names, List<String> emails,
                             List<String> phones, List<String> postcodes) {
    }

    /** The subject's contacts, oldest first. */
    public List<SubjectContact> of(Subject subject) {
        return find(subject).stream().map(f -> new SubjectContact(f.reference(), f.matchedOn())).toList();
    }

    List<Found> find(Subject subject) {
        String reference = present(subject.reference())
                ? Reference.parse(subject.reference()).map(Reference::value).orElse(subject.reference().strip()) : null;
        String email = present(subject.email()) ? SearchForms.email(subject.email()).orElse(null) : null;
        String phone = present(subject.phone()) ? SearchForms.phone(subject.phone()).orElse(null) : null;
        String postcode = present(subject.postcode()) ? SearchForms.postcode(subject.postcode()).orElse(null) : null;
        // The name's longest word narrows the search through the names' trigram index; the whole name is compared here.
        String nameWord = present(subject.name()) ? Arrays.stream(subject.name().split("[^\\p{L}]+"))
                .max(Comparator.comparingInt(String::length)).filter(w -> !w.isEmpty()).orElse(null) : null;
        if (reference == null && email == null && phone == null && postcode == null && nameWord == null) {
            return List.of();
        }
        var candidates = jdbc.sql("""
                        SELECT id, reference, report_id, reporter_names, emails, phones, postcodes FROM contact
                        WHERE reference = CAST(:reference AS text)
                           OR emails @> ARRAY[CAST(:email AS text)]
                           OR phones @> ARRAY[CAST(:phone AS text)]
                           OR postcodes @> ARRAY[CAST(:postcode AS text)]
                           OR reporter_names ILIKE '%' || CAST(:name AS text) || '%'
                        ORDER BY received_at""")
                .param("reference", reference).param("email", email).param("phone", phone)
                .param("postcode", postcode).param("name", nameWord)
                .query((rs, row) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("report_id", UUID.class), rs.getString("reporter_names"),
                        Contacts.strings(rs.getArray("emails")), Contacts.strings(rs.getArray("phones")),
                        Contacts.strings(rs.getArray("postcodes"))))
                .list();
        var found = new ArrayList<Found>();
        var reportIds = candidates.stream().map(Candidate::reportId).filter(Objects::nonNull).toList();
        var born = subject.dateOfBirth() == null ? Map.<UUID, LocalDate>of() : datesOfBirth.of(reportIds);
        for (Candidate candidate : candidates) {
            var on = new ArrayList<String>();
            if (subject.referenceMatches(candidate.reference())) {
                on.add("reference");
            }
            if (candidate.names().lines().anyMatch(subject::nameMatches)) {
                on.add("name");
            }
            if (candidate.emails().stream().anyMatch(subject::emailMatches)) {
                on.add("email");
            }
            if (candidate.phones().stream().anyMatch(subject::phoneMatches)) {
                on.add("phone");
            }
            if (candidate.postcodes().stream().anyMatch(subject::addressMatches)) {
                on.add("postcode");
            }
            // A date of birth is shared by too many people to find anyone by; it confirms a contact found otherwise.
            if (!on.isEmpty() && candidate.reportId() != null
                    && subject.dateOfBirthMatches(born.get(candidate.reportId()))) {
                on.add("date-of-birth");
            }
            if (!on.isEmpty()) {
                found.add(new Found(candidate.id(), candidate.reference(), candidate.reportId(), List.copyOf(on)));
            }
        }
        return found;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
