package org.bluelamp.appointments;

import org.bluelamp.platform.form.FormInput;
import org.bluelamp.reporting.ContactPreference;

import java.util.List;
import java.util.UUID;

/**
 * A booking form as sent: a slot, where the visit will be and how the person wants to be told, or "none" (no
 * suitable time) with their preferred times. {@link #read} leaves an error in the {@link FormInput} for each problem,
 * in the order of the page; what was typed is shown again from it.
 */
sealed interface VisitForm {

    String NONE = "none";
    int PLACE_LENGTH = 300;
    int PREFERRED_LENGTH = 1000;
    /** The message for text over its length, given the length. */
    String TOO_LONG = "visits.too-long";
    List<ContactPreference> CONFIRM_BY = List.of(ContactPreference.EMAIL, ContactPreference.TEXT,
            ContactPreference.EMAIL_AND_TEXT);

    /** @param confirmBy null when the person cannot be sent anything, so was not asked */
    record Booking(UUID slot, String place, ContactPreference confirmBy) implements VisitForm {
    }

    record NoSuitableTime(String preferred) implements VisitForm {
    }

    /**
     * @param allowNone       whether "no suitable time" may be chosen (not when moving a booked visit)
     * @param askHowToConfirm whether the person can be sent anything, so must be asked how
     */
    static VisitForm read(FormInput form, boolean allowNone, boolean askHowToConfirm) {
        if (allowNone && form.line("slot").equals(NONE)) {
            return new NoSuitableTime(form.text("preferred", PREFERRED_LENGTH, "visits.preferred.required"));
        }
        UUID slot = form.id("slot", "visits.slot.required");
        String place = form.line("place", PLACE_LENGTH, "visits.place.required");
        ContactPreference confirmBy = askHowToConfirm ? form.value("confirmBy",
                code -> ContactPreference.fromCode(code).filter(CONFIRM_BY::contains), "visits.confirm-by.required")
                : null;
        return new Booking(slot, place, confirmBy);
    }
}
