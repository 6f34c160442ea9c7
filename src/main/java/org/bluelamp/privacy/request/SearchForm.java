package org.bluelamp.privacy.request;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.form.FormInput;
import org.bluelamp.platform.personaldata.Subject;

import java.time.LocalDate;
import java.util.stream.Stream;

/** What to search the records for, about the person asking: at least one term; each left empty is null. */
record SearchForm(Subject subject) {

    static SearchForm read(FormInput form) {
        String name = form.line("name");
        String dateOfBirth = form.line("dateOfBirth");
        String email = form.line("email");
        String phone = form.line("phone");
        String postcode = form.line("postcode");
        String reference = form.line("reference");
        LocalDate dob = dateOfBirth.isEmpty() ? null : form.date("dateOfBirth", "data-request.error.dob");
        if (Stream.of(name, dateOfBirth, email, phone, postcode, reference).allMatch(String::isEmpty)) {
            form.fail("name", "data-request.error.terms");
        }
        if (!email.isEmpty()) {
            form.value("email", EmailAddress::parse, "your-data.error.email");
        }
        return new SearchForm(new Subject(given(name), dob, given(email), given(phone), given(postcode),
                given(reference)));
    }

    private static String given(String term) {
        return term.isEmpty() ? null : term;
    }
}
