package org.bluelamp.appointments;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.ContactPreference;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class VisitFormTest {

    private static final Texts KEYS = (key, args) -> args.length == 0 ? key : key + ":" + args[0];

    private static Map<String, String[]> form(String... pairs) {
        var form = new HashMap<String, String[]>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], new String[]{pairs[i + 1]});
        }
        return form;
    }

    @Test
    void aChosenTimeWithAPlaceAndAWayToConfirmIsABooking() {
        var slot = UUID.randomUUID();
        var read = VisitForm.read(form("slot", slot.toString(), "place", "  2 Home Road ", "confirmBy", "text"), true,
                true, KEYS);
        assertThat(read.valid()).isTrue();
        assertThat(read.slot()).isEqualTo(slot);
        assertThat(read.place()).isEqualTo("2 Home Road");
        assertThat(read.confirmBy()).isEqualTo(ContactPreference.TEXT);
    }

    @Test
    void eachMissingAnswerIsAnErrorOnItsFieldInPageOrder() {
        var read = VisitForm.read(form("slot", "not-a-slot", "confirmBy", "phone"), true, true, KEYS);
        assertThat(read.errors().all()).extracting(ErrorMessage::fieldId).containsExactly("slot", "place", "confirmBy");
        assertThat(read.errors().forField("slot")).isEqualTo("visits.slot.required");
    }

    @Test
    void noSuitableTimeNeedsOnlyWhenThePersonCanBeVisited() {
        assertThat(VisitForm.read(form("slot", "none"), true, true, KEYS).errors().all())
                .extracting(ErrorMessage::fieldId).containsExactly("preferred");
        var read = VisitForm.read(form("slot", "none", "preferred", "Weekday mornings"), true, true, KEYS);
        assertThat(read.valid()).isTrue();
        assertThat(read.noSuitableTime()).isTrue();
        assertThat(read.preferred()).isEqualTo("Weekday mornings");
    }

    @Test
    void movingAVisitCannotChooseNoSuitableTime() {
        var read = VisitForm.read(form("slot", "none", "place", "Home", "confirmBy", "email"), false, true, KEYS);
        assertThat(read.noSuitableTime()).isFalse();
        assertThat(read.errors().forField("slot")).isEqualTo("visits.slot.required");
    }

    @Test
    void someoneWhoCannotBeSentAnythingIsNotAskedHowAndTooLongAPlaceIsRefused() {
        var read = VisitForm.read(form("slot", UUID.randomUUID().toString(), "place", "x".repeat(301)), true, false,
                KEYS);
        assertThat(read.errors().all()).extracting(ErrorMessage::fieldId).containsExactly("place");
        assertThat(read.errors().forField("place")).isEqualTo("visits.too-long:300");
        assertThat(read.confirmBy()).isNull();
    }
}
