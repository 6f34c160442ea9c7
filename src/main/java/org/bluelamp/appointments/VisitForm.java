package org.bluelamp.appointments;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.ContactPreference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A booking form as sent: a slot or "none" (no suitable time), where the visit will be, the person's preferred times
 * when nothing suits, and how they want to be told. Each problem is an error on its field, in the order of the page.
 *
 * @param values what was typed, trimmed, to show again with the errors
 */
record VisitForm(Map<String, String> values, FormErrors errors, UUID slot, boolean noSuitableTime, String place,
                 String preferred, ContactPreference confirmBy) {

    static final String NONE = "none";
    static final int PLACE_LENGTH = 300;
    static final int PREFERRED_LENGTH = 1000;
    static final List<ContactPreference> CONFIRM_BY = List.of(ContactPreference.EMAIL, ContactPreference.TEXT,
            ContactPreference.EMAIL_AND_TEXT);

    /**
     * @param allowNone       whether "no suitable time" may be chosen (not when moving a booked visit)
     * @param askHowToConfirm whether the person can be sent anything, so must be asked how
     */
    static VisitForm read(Map<String, String[]> form, boolean allowNone, boolean askHowToConfirm, Texts texts) {
        var values = new HashMap<String, String>();
        for (String name : List.of("slot", "place", "preferred", "confirmBy")) {
            String[] sent = form.get(name);
            values.put(name, sent == null || sent.length == 0 ? "" : sent[0].strip());
        }
        var errors = new ArrayList<ErrorMessage>();
        if (allowNone && values.get("slot").equals(NONE)) {
            String preferred = text(values, "preferred", PREFERRED_LENGTH, "visits.preferred.required", errors, texts);
            return new VisitForm(values, new FormErrors(errors), null, true, null, preferred, null);
        }
        UUID slot = parse(values.get("slot")).orElse(null);
        if (slot == null) {
            errors.add(new ErrorMessage("slot", texts.t("visits.slot.required")));
        }
        String place = text(values, "place", PLACE_LENGTH, "visits.place.required", errors, texts);
        ContactPreference confirmBy = null;
        if (askHowToConfirm) {
            confirmBy = ContactPreference.fromCode(values.get("confirmBy")).filter(CONFIRM_BY::contains).orElse(null);
            if (confirmBy == null) {
                errors.add(new ErrorMessage("confirmBy", texts.t("visits.confirm-by.required")));
            }
        }
        return new VisitForm(values, new FormErrors(errors), slot, false, place, null, confirmBy);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    private static String text(Map<String, String> values, String name, int max, String requiredKey,
                               List<ErrorMessage> errors, Texts texts) {
        String value = values.get(name);
        if (value.isEmpty()) {
            errors.add(new ErrorMessage(name, texts.t(requiredKey)));
            return null;
        }
        if (value.length() > max) {
            errors.add(new ErrorMessage(name, texts.t("visits.too-long", max)));
            return null;
        }
        return value;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
