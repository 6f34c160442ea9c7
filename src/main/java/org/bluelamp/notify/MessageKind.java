package org.bluelamp.notify;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each kind of message the public (and, about their own accounts, staff) get, with the values its template may use and
 * sample values for staff to see it filled in. The words themselves are in {@code notify/templates.yaml}.
 */
public enum MessageKind {
    ACKNOWLEDGEMENT("acknowledgement", About.REPORT, "trackLink", "reportType", "sentOn", "bslReply"),
    INFORMATION_REQUEST("information-request", About.REPORT, "trackLink"),
    // A reply in the conversation about a report: that there is one, never its words (read after the code step).
    NEW_MESSAGE("new-message", About.REPORT, "trackLink"),
    UPDATE("update", About.REPORT, "trackLink", "news"),
    OUTCOME("outcome", About.REPORT, "trackLink", "outcome"),
    EVIDENCE_LINK("evidence-link", About.REPORT, Secret.of("evidenceLink"), "validUntil"),
    TRACKING_CODE("tracking-code", About.REPORT, Secret.of("code"), "minutes"),
    RESUME_CODE("resume-code", About.SAVED_REPORT, Secret.of("code"), "minutes"),
    RESUME_LINK("resume-link", About.SAVED_REPORT, Secret.of("resumeLink"), "deletedAfter"),
    APPOINTMENT_CONFIRMATION("appointment-confirmation", About.REPORT, "date", "time", "visitor"),
    APPOINTMENT_REMINDER("appointment-reminder", About.REPORT, "date", "time", "visitor"),
    APPOINTMENT_CANCELLED("appointment-cancelled", About.REPORT, "date", "time"),
    DATA_REQUEST_RECEIVED("data-request-received", About.DATA_REQUEST, "dueBy"),
    DATA_REQUEST_ANSWER("data-request-answer", About.DATA_REQUEST, Secret.of("answerLink"), "expiresOn"),
    DATA_ANSWER_CODE("data-answer-code", About.DATA_REQUEST, Secret.of("code"), "minutes"),
    // To a member of staff about their own account (staff.StaffAccountChangeRequested / Applied). Never a link.
    STAFF_CHANGE_REQUESTED("staff-change-requested", About.STAFF_ACCOUNT, "username", "change", "requestedBy",
            "waitsUntil"),
    STAFF_CHANGE_APPLIED("staff-change-applied", About.STAFF_ACCOUNT, "username", "change", "requestedBy",
            "approvedBy"),
    // Once after a report is closed (tracking.SatisfactionAsked): the link opens the questions, once.
    SATISFACTION("satisfaction", About.REPORT, Secret.of("surveyLink")),
    // A copy of a 101 live chat, only when the person asked after it ended (chat.ChatCopyAsked): their own words, so
    // read by nobody on staff and kept only a short while.
    CHAT_COPY("chat-copy", About.WEB_CHAT, "startedAt", "transcript"),
    // From the force's records system through the API (contact.RecordsSystemUpdates): the crime number, the officer in
    // charge and the result, each in the email only; a text and a subject say only that there is an update.
    CRIME_NUMBER("crime-number", About.REPORT, "trackLink", "crimeNumber"),
    OFFICER_IN_CHARGE("officer-in-charge", About.REPORT, "trackLink", "officer"),
    RESULT("result", About.REPORT, "trackLink", "result", "resultDescription");

    /** What a kind of message is about, which decides who may read it and how long it is kept. */
    public enum About {
        /** A report, so its contact (the message's reference is the report's): read by those who may see it. */
        REPORT,
        /** A report saved to finish later: there is no contact, and no member of staff reads it. */
        SAVED_REPORT,
        /** A subject access request (the message's reference is the request's): the data protection team's. */
        DATA_REQUEST,
        /** A member of staff's own account: no contact; admins see who was told, never the words. */
        STAFF_ACCOUNT,
        /** A 101 live chat the person asked for a copy of: their words, so no member of staff reads them here. */
        WEB_CHAT
    }

    /**
     * The values of a kind that open something (a one-time code, a link with its token): they are sealed, never
     * stored in the message's words, and put in only when it is sent.
     */
    record Secret(Set<String> values) {
        static Secret of(String... values) {
            return new Secret(Set.of(values));
        }
    }

    /** Values every template may use. */
    static final Set<String> COMMON = Set.of("force", "phone", "reference");

    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("force", "Leicestershire Police"), Map.entry("phone", "101"),
            Map.entry("reference", "LP-7KD-M4Q-2XR"), Map.entry("trackLink", "https://example.police.uk/track/LP-7KD-M4Q-2XR"),
            Map.entry("news", "- It is now with the team or officer who will deal with it.\n- We have decided whether to record it as a crime."),
            Map.entry("reportType", "Report a crime"), Map.entry("sentOn", "3 May 2026 at 2:05pm"),
            Map.entry("outcome", "We checked the CCTV near your home and found your bike, which you collected on 5 May."),
            Map.entry("code", "482913"), Map.entry("minutes", "10"),
            Map.entry("resumeLink", "https://example.police.uk/resume/k3Jd9s0Qw"),
            Map.entry("deletedAfter", "10 May 2026 at 2:05pm"), Map.entry("date", "Tuesday 12 May 2026"),
            Map.entry("time", "10:30am"), Map.entry("dueBy", "We must answer by 29 February 2028."),
            Map.entry("answerLink", "https://example.police.uk/your-data/answer/k3Jd9s0Qw"),
            Map.entry("expiresOn", "30 March 2028"), Map.entry("visitor", "PC Sam Patel, Police Link Officer for Deaf people"),
            Map.entry("username", "j.smith"), Map.entry("change", "Reset the authenticator app and passkeys"),
            Map.entry("requestedBy", "Alex Morgan (a.morgan)"), Map.entry("approvedBy", "Priya Shah (p.shah)"),
            Map.entry("waitsUntil", "13 May 2026 at 10:30am"),
            Map.entry("evidenceLink", "https://example.police.uk/track/evidence/k3Jd9s0Qw"),
            Map.entry("validUntil", "17 May 2026 at 2:05pm"),
            Map.entry("surveyLink", "https://example.police.uk/how-did-we-do/k3Jd9s0Qw"),
            Map.entry("startedAt", "3 May 2026 at 2:05pm"),
            Map.entry("transcript", "You (2:05pm): Someone has scratched my car outside my house.\n"
                    + "Contact handler (2:06pm): I am sorry to hear that. Is anyone in danger now?\n"
                    + "You (2:06pm): No, it happened last night."),
            Map.entry("crimeNumber", "CR/012345/26"),
            Map.entry("officer", "DC Sam Patel (collar or warrant number 4521)"),
            Map.entry("result", "Someone has been charged"),
            Map.entry("resultDescription", "A man has been charged with the theft of your bike and will appear at Leicester Magistrates' Court on 3 June. We will tell you what happens."),
            Map.entry("bslReply", "You asked for a BSL video call. We will contact you to agree a time. Then we will call you through our BSL video relay, with an interpreter."));

    private final String code;
    private final About about;
    private final Set<String> secrets;
    private final Set<String> values;

    MessageKind(String code, About about, String... values) {
        this(code, about, Secret.of(), values);
    }

    MessageKind(String code, About about, Secret secret, String... values) {
        this.code = code;
        this.about = about;
        this.secrets = secret.values();
        var all = new HashSet<>(secrets);
        all.addAll(Set.of(values));
        this.values = Set.copyOf(all);
    }

    public String code() {
        return code;
    }

    public About about() {
        return about;
    }

    /** The values of this kind that are secret: never stored in the words, never shown to staff. */
    public Set<String> secretValues() {
        return secrets;
    }

    /** Whether a message of this kind carries a code or link that opens something: its words are never shown. */
    public boolean carriesSecrets() {
        return !secrets.isEmpty();
    }

    /** Whether a template of this kind may use the value. */
    boolean offers(String value) {
        return COMMON.contains(value) || values.contains(value);
    }

    /**
     * Whether any kind's template may use the value. A listener may hand several kinds the same values (a Deaf
     * reporter's words, say), but a value no kind has is a mistake: {@link MessageWriter} refuses it.
     */
    static boolean anyOffers(String value) {
        return Arrays.stream(values()).anyMatch(kind -> kind.offers(value));
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

    public static Optional<MessageKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
