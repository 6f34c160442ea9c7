package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** What is searched follows from the shape of what was typed. */
class SearchQueryTest {

    @Test
    void aReferenceTypedAnyWayIsOnlyAReference() {
        String reference = Reference.random("TS", new Random(1)).value();
        var query = SearchQuery.of(" " + reference.toLowerCase().replace("-", " ") + " ");
        assertThat(query.reference()).contains(reference);
        assertThat(query.byWords()).isFalse();
    }

    @Test
    void contactDetailsPlacesAndVehiclesAreReadInTheirSearchForms() {
        assertThat(SearchQuery.of("Alex@Example.com").email()).contains("alex@example.com");
        assertThat(SearchQuery.of("07700 900982").phone()).contains("+447700900982");
        assertThat(SearchQuery.of("le1 1aa").postcode()).contains("LE11AA");
        assertThat(SearchQuery.of("ab12 cde").vehicle()).contains("AB12CDE");
        assertThat(SearchQuery.of("07700 900982").byWords()).as("a phone number is not words").isFalse();
        assertThat(SearchQuery.of("le1 1aa").byWords()).as("a postcode is written in accounts too").isTrue();
    }

    @Test
    void anOutwardCodeIsBothARegistrationAndWords() {
        var query = SearchQuery.of("LE1");
        assertThat(query.vehicle()).contains("LE1");
        assertThat(query.postcode()).isEmpty();
        assertThat(query.byWords()).isTrue();
    }

    @Test
    void anythingElseIsNamesAndWordsCutToALengthAndWithoutControlCharacters() {
        var query = SearchQuery.of("red\u0000hoodie " + "x".repeat(1000));
        assertThat(query.exact()).isFalse();
        assertThat(query.byWords()).isTrue();
        assertThat(query.text()).startsWith("red hoodie").hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(SearchQuery.of(null).blank()).isTrue();
        assertThat(SearchQuery.of("   ").blank()).isTrue();
    }
}
