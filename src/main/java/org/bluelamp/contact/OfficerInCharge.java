package org.bluelamp.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The officer in charge of the investigation, as the records system names them: a name the reporter may be told, and
 * their collar or warrant number if it was sent.
 *
 * @param name         as the officer is known to the public, e.g. "DC Sam Patel"; at most 100 characters, one line
 * @param collarNumber their collar or warrant number, or null; letters, digits and spaces, at most 20 characters
 */
public record OfficerInCharge(String name, String collarNumber) {

    public static final int LONGEST_NAME = 100;
    public static final int LONGEST_COLLAR_NUMBER = 20;
    private static final Pattern COLLAR_NUMBER = Pattern.compile("[A-Za-z0-9 ]+");

    public OfficerInCharge {
        var problems = problems(name, collarNumber);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Not an officer in charge: " + problems);
        }
    }

    /**
     * What is wrong with each field as sent (normalised first), by the record's component name; empty if nothing.
     */
    public static Map<String, String> problems(String name, String collarNumber) {
        var problems = new LinkedHashMap<String, String>();
        RecordsSystemText.problem(RecordsSystemText.clean(name), LONGEST_NAME, false)
                .ifPresent(problem -> problems.put("name", problem));
        String collar = RecordsSystemText.clean(collarNumber);
        if (collar != null && !collar.isEmpty()) {
            if (collar.length() > LONGEST_COLLAR_NUMBER) {
                problems.put("collarNumber", "must be at most " + LONGEST_COLLAR_NUMBER + " characters");
            } else if (!COLLAR_NUMBER.matcher(collar).matches()) {
                problems.put("collarNumber", "may contain only letters, digits and spaces");
            }
        }
        return problems;
    }

    /** The officer as sent, normalised; an empty collar number is none. Check it with {@link #problems} first. */
    public static OfficerInCharge of(String name, String collarNumber) {
        String collar = RecordsSystemText.clean(collarNumber);
        return new OfficerInCharge(RecordsSystemText.clean(name), collar == null || collar.isEmpty() ? null : collar);
    }
}
