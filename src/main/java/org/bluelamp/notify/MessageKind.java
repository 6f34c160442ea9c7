package org.bluelamp.notify;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each kind of message the public (and, about their own accounts, staff) get, with the values its template may use and
 * sample values for staff to see it filled in. The words themselves are in {@code notify/templates.yaml}.
 */
public enum MessageKind {
    ACKNOWLEDGEMENT("acknowledgement", "trackLink", "answers"),
    INFORMATION_REQUEST("information-request", "trackLink"),
    UPDATE("update", "trackLink"),
    OUTCOME("outcome", "trackLink", "outcome"),
    TRACKING_CODE("tracking-code", "code", "minutes"),
    RESUME_CODE("resume-code", "code", "minutes"),
    RESUME_LINK("resume-link", "resumeLink", "deletedAfter"),
    APPOINTMENT_CONFIRMATION("appointment-confirmation", "date", "time", "visitor"),
    APPOINTMENT_REMINDER("appointment-reminder", "date", "time", "visitor"),
    APPOINTMENT_CANCELLED("appointment-cancelled", "date", "time"),
    DATA_REQUEST_RECEIVED("data-request-received", "dueBy"),
    DATA_REQUEST_ANSWER("data-request-answer", "answerLink", "expiresOn"),
    DATA_ANSWER_CODE("data-answer-code", "code", "minutes"),
    // To a member of staff about their own account (staff.StaffAccountChangeRequested / Applied). Never a link.
    STAFF_CHANGE_REQUESTED("staff-change-requested", "username", "change", "requestedBy", "waitsUntil"),
    STAFF_CHANGE_APPLIED("staff-change-applied", "username", "change", "requestedBy", "approvedBy");

    /** Values every template may use. */
    static final Set<String> COMMON = Set.of("force", "phone", "reference");

    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("force", "Leicestershire Police"), Map.entry("phone", "101"),
            Map.entry("reference", "LP-7KD-M4Q-2XR"), Map.entry("trackLink", "https://example.police.uk/track/LP-7KD-M4Q-2XR"),
            Map.entry("answers", "What happened\nSomeone broke the lock on my shed and took my bike.\n\nWhen did it happen?\n3 May 2026 at 2:05pm"),
            Map.entry("outcome", "We checked the CCTV near your home and found your bike, which you collected on 5 May."),
            Map.entry("code", "482913"), Map.entry("minutes", "10"),
            Map.entry("resumeLink", "https://example.police.uk/resume/k3Jd9s0Qw"),
            Map.entry("deletedAfter", "10 May 2026 at 2:05pm"), Map.entry("date", "Tuesday 12 May 2026"),
            Map.entry("time", "10:30am"), Map.entry("dueBy", "We must answer by 29 February 2028."),
            Map.entry("answerLink", "https://example.police.uk/your-data/answer/k3Jd9s0Qw"),
            Map.entry("expiresOn", "30 March 2028"), Map.entry("visitor", "PC Sam Patel, Police Link Officer for Deaf people"),
            Map.entry("username", "j.smith"), Map.entry("change", "Reset the authenticator app and passkeys"),
            Map.entry("requestedBy", "Alex Morgan (a.morgan)"), Map.entry("approvedBy", "Priya Shah (p.shah)"),
            Map.entry("waitsUntil", "13 May 2026 at 10:30am"));

    private final String code;
    private final Set<String> values;

    MessageKind(String code, String... values) {
        this.code = code;
        this.values = Set.of(values);
    }

    public String code() {
        return code;
    }

    /** Whether a template of this kind may use the value. */
    boolean offers(String value) {
        return COMMON.contains(value) || values.contains(value);
    }

    /** Made-up values to show the template filled in: no real person's details. */
    Map<String, String> samples() {
        var samples = new LinkedHashMap<String, String>();
        SAMPLES.forEach((name, value) -> {
            if (offers(name)) {
                samples.put(name, value);
            }
        });
        return samples;
    }

    static Optional<MessageKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
