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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for each page of the public form: what must be given and what a valid answer looks like. Errors are in
 * the order of the fields, each tied to the field the error summary links to.
 */
final class RequestAnswers {

    static final Set<String> WANTS = Set.of("everything", "period", "reference");
    static final Set<String> IDENTITY = Set.of("upload", "station");
    static final Set<String> RECEIVE = Set.of("link", "post");

    private static final Pattern POSTCODE = Pattern.compile("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    private RequestAnswers() {
    }

    /** A typed value as it is kept: the rule for everything typed into a public form ({@link PublicText}). */
    static String clean(String typed) {
        return PublicText.clean(typed);
    }

    /**
     * The problems with a page's answers, once the question engine has found no symbols or hidden characters in them.
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
            case NAME -> {
                text(form, "fullName", 100, true, errors, t);
                text(form, "otherNames", 200, false, errors, t);
                dateOfBirth(form, today, errors, t);
            }
            case CONTACT -> {
                boolean email = !form.get("email").isEmpty();
                boolean phone = !form.get("phone").isEmpty();
                if (!email && !phone) {
                    errors.add(new ErrorMessage("email", t.t("your-data.error.contact.required")));
                }
                if (email && EmailAddress.parse(form.get("email")).isEmpty()) {
                    errors.add(new ErrorMessage("email", t.t("your-data.error.email")));
                }
                if (phone && UkPhoneNumber.parse(form.get("phone")).isEmpty()) {
                    errors.add(new ErrorMessage("phone", t.t("your-data.error.phone")));
                }
                address(form, false, errors, t);
            }
            case WHAT -> {
                String wants = form.get("wants");
                if (!WANTS.contains(wants)) {
                    errors.add(new ErrorMessage("wants", t.t("your-data.error.wants")));
                } else if (wants.equals("period")) {
                    text(form, "period", 200, true, errors, t);
                } else if (wants.equals("reference")) {
                    text(form, "wantsReference", 40, true, errors, t);
                }
            }
            case IDENTITY -> {
                String identity = form.get("identity");
                if (!IDENTITY.contains(identity)) {
                    errors.add(new ErrorMessage("identity", t.t("your-data.error.identity")));
                } else if (identity.equals("upload") && !hasFile) {
                    errors.add(new ErrorMessage("file", t.t("your-data.error.file.required")));
                }
            }
            case RECEIVE -> {
                String receive = form.get("receive");
                if (!RECEIVE.contains(receive)) {
                    errors.add(new ErrorMessage("receive", t.t("your-data.error.receive")));
                } else if (receive.equals("post")) {
                    address(form, true, errors, t);
                } else if (EmailAddress.parse(form.get("email")).isEmpty()
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

    private static void address(Values form, boolean required, List<ErrorMessage> errors, Texts t) {
        if (required && form.get("address").isEmpty()) {
            errors.add(new ErrorMessage("address", t.t("your-data.error.address.required")));
        } else {
            text(form, "address", 300, false, errors, t);
        }
        String postcode = form.get("postcode");
        if (required && postcode.isEmpty()) {
            errors.add(new ErrorMessage("postcode", t.t("your-data.error.postcode.required")));
        } else if (!postcode.isEmpty() && !POSTCODE.matcher(postcode).matches()) {
            errors.add(new ErrorMessage("postcode", t.t("your-data.error.postcode")));
        }
    }

    private static void text(Values form, String field, int longest, boolean required, List<ErrorMessage> errors,
                             Texts t) {
        String value = form.get(field);
        if (required && value.isEmpty()) {
            errors.add(new ErrorMessage(field, t.t("your-data.error." + field + ".required")));
        } else if (value.length() > longest) {
            errors.add(new ErrorMessage(field, t.t("your-data.error.too-long", longest)));
        }
    }

    private record Values(Map<String, String> all) {
        String get(String key) {
            return clean(all.get(key));
        }
    }
}
