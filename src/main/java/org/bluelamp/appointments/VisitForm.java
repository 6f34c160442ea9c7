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
 * when nothing suits, and how they want to be told. Each problem becomes an error on its field, in the order of the
 * page.
 */
final class VisitForm {

    static final String NONE = "none";
    static final int PLACE_LENGTH = 300;
    static final int PREFERRED_LENGTH = 1000;
    static final List<ContactPreference> CONFIRM_BY = List.of(ContactPreference.EMAIL, ContactPreference.TEXT,
            ContactPreference.EMAIL_AND_TEXT);

    final Map<String, String> values = new HashMap<>();
    private final List<ErrorMessage> errors = new ArrayList<>();
    UUID slot;
    boolean noSuitableTime;
    String place;
    String preferred;
    ContactPreference confirmBy;

    /**
     * @param allowNone      whether "no suitable time" may be chosen (not when changing a booked visit)
     * @param askHowToConfirm whether the person can be sent anything, so must be asked how
     */
    static VisitForm read(Map<String, String[]> form, boolean allowNone, boolean askHowToConfirm, Texts texts) {
        var read = new VisitForm();
        for (String name : List.of("slot", "place", "preferred", "confirmBy")) {
            String[] sent = form.get(name);
            read.values.put(name, sent == null || sent.length == 0 ? "" : sent[0].strip());
        }
        String slot = read.values.get("slot");
        if (allowNone && slot.equals(NONE)) {
            read.noSuitableTime = true;
            read.preferred = read.text("preferred", PREFERRED_LENGTH, "visits.preferred.required", texts);
            return read;
        }
        read.slot = parse(slot).orElse(null);
        if (read.slot == null) {
            read.errors.add(new ErrorMessage("slot", texts.t("visits.slot.required")));
        }
        read.place = read.text("place", PLACE_LENGTH, "visits.place.required", texts);
        if (askHowToConfirm) {
            read.confirmBy = ContactPreference.fromCode(read.values.get("confirmBy")).filter(CONFIRM_BY::contains)
                    .orElse(null);
            if (read.confirmBy == null) {
                read.errors.add(new ErrorMessage("confirmBy", texts.t("visits.confirm-by.required")));
            }
        }
        return read;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    FormErrors errors() {
        return new FormErrors(errors);
    }

    private String text(String name, int max, String requiredKey, Texts texts) {
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

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
