package org.bluelamp.contact;

import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Contacts received within a week of each other that share a vehicle, postcode, phone or email are suggested. */
@BluelampTest
class LinkSuggestionsTest {

    private static final ContactScope HANDLER = new ContactScope(true, null, null);

    @Autowired
    SearchableContacts contacts;

    @Autowired
    LinkSuggestions suggestions;

    @Autowired
    JdbcClient jdbc;

    private static String plate() {
        return SearchableContacts.letters(2) + "21" + SearchableContacts.letters(3);
    }

    private SearchableContacts.Made withVehicle(Instant received, String plate) {
        return contacts.open(received, SearchableContacts.particulars(null, null, null, null, plate, "A car."));
    }

    @Test
    void theSameRegistrationWithinSevenDaysIsSuggestedButEightDaysApartIsNot() {
        var now = Instant.now();
        String plate = plate();
        var first = withVehicle(now, plate);
        var threeDaysLater = withVehicle(now.plus(Duration.ofDays(3)), plate);
        var eightDaysLater = withVehicle(now.plus(Duration.ofDays(8)), plate);
        var unrelated = withVehicle(now.plus(Duration.ofDays(1)), plate());

        var suggested = suggestions.forContact(first.id(), HANDLER);

        assertThat(suggested).extracting(link -> link.reference().value()).containsExactly(threeDaysLater.reference())
                .doesNotContain(first.reference(), eightDaysLater.reference(), unrelated.reference());
        assertThat(suggested.getFirst().reasons()).containsExactly("vehicle-registration");
        assertThat(suggestions.forContact(eightDaysLater.id(), HANDLER)).extracting(link -> link.reference().value())
                .as("five days before it").containsExactly(threeDaysLater.reference());
    }

    @Test
    void everySharedParticularIsGivenAsAReason() {
        var now = Instant.now();
        String phone = "+447" + SearchableContacts.digits(9);
        String email = SearchableContacts.letters(8).toLowerCase() + "@example.com";
        String postcode = SearchableContacts.postcode();
        var first = contacts.open(now, SearchableContacts.particulars("Ann Lee", email, phone, postcode, null, "A."));
        var second = contacts.open(now.minus(Duration.ofDays(2)),
                SearchableContacts.particulars("Ann Lee", email, phone, postcode, plate(), "B."));

        var suggested = suggestions.forContact(first.id(), HANDLER);

        assertThat(suggested).singleElement().satisfies(link -> {
            assertThat(link.reference().value()).isEqualTo(second.reference());
            assertThat(link.reasons()).containsExactly("postcode", "phone", "email");
        });
    }

    @Test
    void aContactAlreadyLinkedOrOutsideTheScopeIsNotSuggested() {
        var now = Instant.now();
        String plate = plate();
        var first = withVehicle(now, plate);
        var linked = withVehicle(now, plate);
        var elsewhere = withVehicle(now, plate);
        contacts.allocateToTeam(elsewhere, "roads-policing");
        jdbc.sql("""
                INSERT INTO contact_link (contact_id, linked_id, kind, linked_by, linked_at)
                VALUES (:a, :b, 'related', 'test', now())""").param("a", linked.id()).param("b", first.id()).update();

        assertThat(suggestions.forContact(first.id(), HANDLER)).isEmpty();
        assertThat(suggestions.forContact(first.id(), new ContactScope(false, "roads-policing", null)))
                .extracting(link -> link.reference().value()).containsExactly(elsewhere.reference());
    }
}
