package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.SafeWindow;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReporterReaderTest {

    private static final Map<String, Map<String, Object>> ANSWERS = Map.of(
            "your-name", Map.of("value", "Jo Bloggs"),
            "contact-details", Map.of("email", "Jo@Example.COM", "phone", "07700 900982"),
            "preferred-contact", Map.of("value", "email-and-text"),
            "safe-to-contact", Map.of("value", "certain-times"),
            "safe-times", Map.of("values", List.of("0800-1200", "1700-2100")));

    @Test
    void theReporterIsFoundByTheRolesTheDefinitionGivesItsAnswersNotByQuestionIds() throws Exception {
        var crime = Definitions.real().find("crime").orElseThrow();

        var reporter = ReporterReader.read(crime.questions(), ANSWERS, false);

        assertThat(reporter.name()).isEqualTo("Jo Bloggs");
        assertThat(reporter.email().value()).isEqualTo("Jo@example.com");
        assertThat(reporter.phone().e164()).isEqualTo("+447700900982");
        assertThat(reporter.mobile()).isPresent();
        assertThat(reporter.preference()).isEqualTo(ContactPreference.EMAIL_AND_TEXT);
        assertThat(reporter.safety()).isEqualTo(SafeToContact.CERTAIN_TIMES);
        assertThat(reporter.safeTimes()).containsExactly(new SafeWindow(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new SafeWindow(LocalTime.of(17, 0), LocalTime.of(21, 0)));
        assertThat(reporter.mayBeContacted()).isTrue();
    }

    @Test
    void anAnonymousReporterKeepsNoWayToBeReached() throws Exception {
        var crime = Definitions.real().find("crime").orElseThrow();

        var reporter = ReporterReader.read(crime.questions(), ANSWERS, true);

        assertThat(reporter.email()).isNull();
        assertThat(reporter.phone()).isNull();
        assertThat(reporter.mayBeContacted()).isFalse();
    }

    @Test
    void whoSaidItIsNotSafeIsNeverToBeContacted() throws Exception {
        var crime = Definitions.real().find("crime").orElseThrow();
        var answers = new java.util.HashMap<>(ANSWERS);
        answers.put("safe-to-contact", Map.of("value", "no"));

        var reporter = ReporterReader.read(crime.questions(), answers, false);

        assertThat(reporter.safety()).isEqualTo(SafeToContact.NOT_SAFE);
        assertThat(reporter.safeTimes()).isEmpty();
        assertThat(reporter.mayBeContacted()).isFalse();
    }
}
