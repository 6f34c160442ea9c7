package org.bluelamp.privacy;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/** The keep decision as typed: a reason, and the date of the next review, which must be in the future. */
record KeepForm(Map<String, String> values, FormErrors errors, String reason, LocalDate nextReviewOn) {

    static final int REASON_LENGTH = 500;
    static final String DAY = "next-review-day";

    static KeepForm read(Map<String, String[]> params, LocalDate today, Frame frame) {
        var values = new HashMap<String, String>();
        for (String field : new String[]{"reason", DAY, "next-review-month", "next-review-year"}) {
            String[] given = params.get(field);
            values.put(field, given == null || given.length == 0 ? "" : given[0].strip());
        }
        var errors = new ArrayList<ErrorMessage>();
        String reason = values.get("reason");
        if (reason.isEmpty()) {
            errors.add(new ErrorMessage("reason", frame.t("retention.keep.reason.required")));
        } else if (reason.length() > REASON_LENGTH) {
            errors.add(new ErrorMessage("reason", frame.t("retention.keep.reason.too-long", REASON_LENGTH)));
        }
        LocalDate next = null;
        String day = values.get(DAY);
        String month = values.get("next-review-month");
        String year = values.get("next-review-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.add(new ErrorMessage(DAY, frame.t("retention.keep.date.required")));
        } else {
            next = date(day, month, year);
            if (next == null) {
                errors.add(new ErrorMessage(DAY, frame.t("retention.keep.date.real")));
            } else if (!next.isAfter(today)) {
                errors.add(new ErrorMessage(DAY, frame.t("retention.keep.date.future")));
            }
        }
        return new KeepForm(Map.copyOf(values), new FormErrors(errors), reason, next);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    private static LocalDate date(String day, String month, String year) {
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
