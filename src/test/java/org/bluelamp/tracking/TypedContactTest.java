package org.bluelamp.tracking;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.Reporter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person typed matches the reporter's email (any case) or phone (however written), and nothing else. */
class TypedContactTest {

    private static final Reporter ALEX = new Reporter("Alex", EmailAddress.parse("Alex@Example.com").orElseThrow(),
            UkPhoneNumber.parse("07700 900982").orElseThrow(), null, null, List.of(), false);

    @Test
    void anEmailMatchesInAnyCase() {
        assertThat(TypedContact.parse(" alex@example.COM ").orElseThrow().matches(ALEX)).isTrue();
        assertThat(TypedContact.parse("alex@example.org").orElseThrow().matches(ALEX)).isFalse();
    }

    @Test
    void aPhoneMatchesHoweverItIsWritten() {
        assertThat(TypedContact.parse("+44 7700 900982").orElseThrow().matches(ALEX)).isTrue();
        assertThat(TypedContact.parse("(07700) 900982").orElseThrow().matches(ALEX)).isTrue();
        assertThat(TypedContact.parse("07700 900983").orElseThrow().matches(ALEX)).isFalse();
    }

    @Test
    void anAnonymousOrUnknownReporterNeverMatches() {
        var anonymous = new Reporter(null, ALEX.email(), ALEX.phone(), null, null, List.of(), true);
        assertThat(TypedContact.parse("alex@example.com").orElseThrow().matches(anonymous)).isFalse();
        assertThat(TypedContact.parse("07700 900982").orElseThrow().matches(Reporter.unknown())).isFalse();
    }

    @Test
    void somethingElseIsNeither() {
        assertThat(TypedContact.parse("not an address")).isEmpty();
        assertThat(TypedContact.parse("alex@")).isEmpty();
        assertThat(TypedContact.parse("+1 212 555 0100")).as("not a UK number").isEmpty();
    }

    @Test
    void theCodeGoesOnlyToWhatWasTyped() {
        var byPhone = TypedContact.parse("07700 900982").orElseThrow().recipient();
        assertThat(byPhone.email()).isNull();
        assertThat(byPhone.phone().e164()).isEqualTo("+447700900982");
    }
}
