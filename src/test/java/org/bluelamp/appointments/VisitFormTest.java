package org.bluelamp.appointments;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.form.Entered;
import org.bluelamp.platform.form.FormInput;
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

    /** The form as read and the errors left in its input, as the tests ask about them. */
    private record Read(VisitForm form, FormInput input) {
        boolean valid() {
            return input.valid();
        }

        FormErrors errors() {
            return input.errors();
        }

        boolean noSuitableTime() {
            return form instanceof VisitForm.NoSuitableTime;
        }

        UUID slot() {
            return ((VisitForm.Booking) form).slot();
        }

        String place() {
            return ((VisitForm.Booking) form).place();
        }

        ContactPreference confirmBy() {
            return ((VisitForm.Booking) form).confirmBy();
        }

        String preferred() {
            return ((VisitForm.NoSuitableTime) form).preferred();
        }
    }

    private static Read read(Map<String, String[]> sent, boolean allowNone, boolean askHowToConfirm, Texts texts) {
        var input = new FormInput(new Entered(sent), texts, VisitForm.TOO_LONG);
        return new Read(VisitForm.read(input, allowNone, askHowToConfirm), input);
    }

    @Test
    void aChosenTimeWithAPlaceAndAWayToConfirmIsABooking() {
        var slot = UUID.randomUUID();
        var read = read(form("slot", slot.toString(), "place", "  2 Home Road ", "confirmBy", "text"), true,
                true, KEYS);
        assertThat(read.valid()).isTrue();
        assertThat(read.slot()).isEqualTo(slot);
        assertThat(read.place()).isEqualTo("2 Home Road");
        assertThat(read.confirmBy()).isEqualTo(ContactPreference.TEXT);
    }

    @Test
    void eachMissingAnswerIsAnErrorOnItsFieldInPageOrder() {
        var read = read(form("slot", "not-a-slot", "confirmBy", "phone"), true, true, KEYS);
        assertThat(read.errors().all()).extracting(ErrorMessage::fieldId).containsExactly("slot", "place", "confirmBy");
        assertThat(read.errors().forField("slot")).isEqualTo("visits.slot.required");
    }

    @Test
    void noSuitableTimeNeedsOnlyWhenThePersonCanBeVisited() {
        assertThat(read(form("slot", "none"), true, true, KEYS).errors().all())
                .extracting(ErrorMessage::fieldId).containsExactly("preferred");
        var read = read(form("slot", "none", "preferred", "Weekday mornings"), true, true, KEYS);
        assertThat(read.valid()).isTrue();
        assertThat(read.noSuitableTime()).isTrue();
        assertThat(read.preferred()).isEqualTo("Weekday mornings");
    }

    @Test
    void movingAVisitCannotChooseNoSuitableTime() {
        var read = read(form("slot", "none", "place", "Home", "confirmBy", "email"), false, true, KEYS);
        assertThat(read.noSuitableTime()).isFalse();
        assertThat(read.errors().forField("slot")).isEqualTo("visits.slot.required");
    }

    @Test
    void someoneWhoCannotBeSentAnythingIsNotAskedHowAndTooLongAPlaceIsRefused() {
        var read = read(form("slot", UUID.randomUUID().toString(), "place", "x".repeat(301)), true, false,
                KEYS);
        assertThat(read.errors().all()).extracting(ErrorMessage::fieldId).containsExactly("place");
        assertThat(read.errors().forField("place")).isEqualTo("visits.too-long:300");
        assertThat(read.confirmBy()).isNull();
    }
}
