package org.bluelamp.privacy.request;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.PublicText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules for each page of the public form that its definition ({@code forms/your-data.yaml}) cannot state, and how
 * its answers are kept (a postcode, the date of birth). Errors are in the order of the fields, each tied to the field
 * the error summary links to.
 */
final class RequestAnswers {

    private RequestAnswers() {
    }

    /** A typed value as it is kept: the rule for everything typed into a public form ({@link PublicText}). */
    static String clean(String typed) {
        return PublicText.clean(typed);
    }

    /**
     * The problems with a page's answers across its fields, once the form engine has checked what the definition
     * states (forms/your-data.yaml: required, lengths, email, phone, postcode, the choices, an address when posting):
     * a real date of birth in the past, a proof of identity kept when uploading it, and an email address or a mobile
     * number to send a link to.
     *
     * @param all         every answer so far with this page's in them (a later page may need an earlier one)
     * @param hasFile     whether an identity file is already kept for the draft
     * @param today       the day in the UK, for the date of birth
     */
    static List<ErrorMessage> check(FormStep step, Map<String, String> all, boolean hasFile, LocalDate today,
                                    Texts t) {
        var errors = new ArrayList<ErrorMessage>();
        var form = new Values(all);
        switch (step) {
            case NAME -> dateOfBirth(form, today, errors, t);
            case CONTACT, WHAT -> {
                // the definition states every rule of these pages
            }
            case IDENTITY -> {
                if (form.get("identity").equals("upload") && !hasFile) {
                    errors.add(new ErrorMessage("file", t.t("your-data.error.file.required")));
                }
            }
            case RECEIVE -> {
                if (form.get("receive").equals("link") && EmailAddress.parse(form.get("email")).isEmpty()
                        && UkPhoneNumber.parse(form.get("phone")).filter(UkPhoneNumber::mobile).isEmpty()) {
                    errors.add(new ErrorMessage("receive", t.t("your-data.error.receive.no-mobile")));
                }
            }
        }
        return errors;
    }

    /** The date of birth given, if it is a real date. */
    static Optional<LocalDate> dateOfBirth(Map<String, String> answers) {
        var form = new Values(answers);
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(form.get("dob-year")),
                    Integer.parseInt(form.get("dob-month")), Integer.parseInt(form.get("dob-day"))));
        } catch (NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** A postcode as it is kept: capitals, one space before the last three characters. */
    static String postcode(String typed) {
        String compact = typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : compact;
    }

    private static void dateOfBirth(Values form, LocalDate today, List<ErrorMessage> errors, Texts t) {
        if (form.get("dob-day").isEmpty() && form.get("dob-month").isEmpty() && form.get("dob-year").isEmpty()) {
            errors.add(new ErrorMessage("dob-day", t.t("your-data.error.dob.required")));
            return;
        }
        var date = dateOfBirth(form.all());
        if (date.isEmpty() || form.get("dob-year").length() != 4) {
            errors.add(new ErrorMessage("dob-day", t.t("your-data.error.dob.invalid")));
        } else if (!date.get().isBefore(today) || date.get().getYear() < 1900) {
            errors.add(new ErrorMessage("dob-day", t.t("your-data.error.dob.past")));
        }
    }

    private record Values(Map<String, String> all) {
        String get(String key) {
            return clean(all.get(key));
        }
    }
}
