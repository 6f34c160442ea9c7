package org.bluelamp.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each particular has one form, however it was typed, so what staff type finds what the reporter gave. */
class SearchFormsTest {

    @Test
    void ukPhoneNumbersAreStoredInternationally() {
        assertThat(SearchForms.phone("07700 900982")).contains("+447700900982");
        assertThat(SearchForms.phone("+44 (0)7700 900-982")).contains("+447700900982");
        assertThat(SearchForms.phone("0044 116 222 2222")).contains("+441162222222");
        assertThat(SearchForms.phone("447700900982")).contains("+447700900982");
        assertThat(SearchForms.phone("+33 1 23 45 67 89")).contains("+33123456789");
        assertThat(SearchForms.phone("12345")).isEmpty();
        assertThat(SearchForms.phone("Alex")).isEmpty();
    }

    @Test
    void emailsPostcodesAndRegistrationsLoseCaseAndSpaces() {
        assertThat(SearchForms.email(" Alex@Example.COM ")).contains("alex@example.com");
        assertThat(SearchForms.email("not an email")).isEmpty();
        assertThat(SearchForms.postcode("le1 1aa")).contains("LE11AA");
        assertThat(SearchForms.postcode("SW1A 1AA")).contains("SW1A1AA");
        assertThat(SearchForms.postcode("LE1")).isEmpty();
        assertThat(SearchForms.vehicleRegistration("ab12 cde")).contains("AB12CDE");
        assertThat(SearchForms.vehicleRegistration("A123 BCD")).contains("A123BCD");
        assertThat(SearchForms.vehicleRegistration("hello")).isEmpty();
    }
}
