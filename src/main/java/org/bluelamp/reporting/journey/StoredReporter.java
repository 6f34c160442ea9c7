package org.bluelamp.reporting.journey;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.SafeWindow;

import java.util.List;
import java.util.Optional;

/**
 * A {@link Reporter} as kept in the report's row: plain strings, read back into checked values. A report stored before
 * the interpreter was recorded has no {@code bslInterpreter}: it reads as false (so the field is a nullable Boolean).
 */
record StoredReporter(String name, String email, String phone, String preference, String safety,
                      List<String> safeTimes, boolean anonymous, Boolean bslInterpreter) {

    static StoredReporter of(Reporter reporter) {
        return new StoredReporter(reporter.name(),
                reporter.emailAddress().map(EmailAddress::value).orElse(null),
                Optional.ofNullable(reporter.phone()).map(UkPhoneNumber::e164).orElse(null),
                Optional.ofNullable(reporter.preference()).map(ContactPreference::code).orElse(null),
                Optional.ofNullable(reporter.safety()).map(SafeToContact::code).orElse(null),
                reporter.safeTimes().stream().map(SafeWindow::code).toList(),
                reporter.anonymous(), reporter.bslInterpreter());
    }

    Reporter typed() {
        return new Reporter(name, EmailAddress.parse(email).orElse(null), UkPhoneNumber.parse(phone).orElse(null),
                ContactPreference.fromCode(preference).orElse(null), SafeToContact.fromCode(safety).orElse(null),
                safeTimes == null ? List.of() : safeTimes.stream().flatMap(code -> SafeWindow.fromCode(code).stream()).toList(),
                anonymous, Boolean.TRUE.equals(bslInterpreter));
    }
}
