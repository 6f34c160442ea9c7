package org.bluelamp.reporting.definition;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What an answer means outside the journey. Messages, tracking and subject access find the reporter's name and
 * how to reach them by these roles, never by a question's id, so a force can reword or reorder its questions freely.
 * Each role may be given once in a definition, on a question or an input of the types listed.
 */
public enum AnswerRole {
    REPORTER_NAME("reporter-name", Set.of("text"), Set.of("text")),
    REPORTER_EMAIL("reporter-email", Set.of(), Set.of("email")),
    REPORTER_PHONE("reporter-phone", Set.of(), Set.of("uk-phone")),
    /** The reporter's own date of birth, by which a subject access request finds their reports. */
    REPORTER_DATE_OF_BIRTH("reporter-date-of-birth", Set.of("date"), Set.of()),
    /** Radios whose values are {@link org.bluelamp.reporting.ContactPreference} codes. */
    PREFERRED_CONTACT("preferred-contact", Set.of("radios"), Set.of()),
    /** Radios whose values are {@link org.bluelamp.reporting.SafeToContact} codes. */
    SAFE_TO_CONTACT("safe-to-contact", Set.of("radios"), Set.of()),
    /** Checkboxes whose values are {@link org.bluelamp.reporting.SafeWindow} codes. */
    SAFE_TIMES("safe-times", Set.of("checkboxes"), Set.of()),
    /** Checkboxes whose values are {@link org.bluelamp.reporting.SupportNeed} codes: interpreters, other support. */
    SUPPORT_NEEDS("support-needs", Set.of("checkboxes"), Set.of()),
    INCIDENT_LOCATION("incident-location", Set.of("location"), Set.of()),
    INCIDENT_TIME("incident-time", Set.of("when", "date"), Set.of()),
    /** What happened, in the reporter's words: a chat logged as a report starts it with what the chat was about. */
    INCIDENT_DESCRIPTION("incident-description", Set.of("textarea"), Set.of());

    private final String code;
    private final Set<String> questionTypes;
    private final Set<String> fieldTypes;

    AnswerRole(String code, Set<String> questionTypes, Set<String> fieldTypes) {
        this.code = code;
        this.questionTypes = questionTypes;
        this.fieldTypes = fieldTypes;
    }

    public String code() {
        return code;
    }

    public boolean fitsQuestion(String type) {
        return questionTypes.contains(type);
    }

    public boolean fitsField(String type) {
        return fieldTypes.contains(type);
    }

    /** The reporter's name, date of birth and ways to reach them are always personal data. */
    public boolean personal() {
        return this == REPORTER_NAME || this == REPORTER_DATE_OF_BIRTH || this == REPORTER_EMAIL
                || this == REPORTER_PHONE;
    }

    public static Optional<AnswerRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
