package org.bluelamp.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The result of an investigation as the force's records system sends it: a fixed list after the Home Office's crime
 * outcome types and the groups it publishes them in ("Crime outcomes in England and Wales"), with the types each
 * stands for. Its code is stored (contact.result_outcome), sent in the API and named in messages: result.outcome.{code}.
 */
public enum ResultOutcome {
    /** Outcome 1: charged. */
    CHARGED("charged", "1"),
    /** Outcome 1: summonsed to court (postal requisition). */
    SUMMONSED("summonsed", "1"),
    /** Outcomes 2 and 3: a youth or adult caution. */
    CAUTION("caution", "2", "3"),
    /** Outcome 4: taken into consideration with another offence. */
    TAKEN_INTO_CONSIDERATION("taken-into-consideration", "4"),
    /** Outcomes 6 and 7: a penalty notice for disorder or a cannabis or khat warning. */
    PENALTY_NOTICE("penalty-notice", "6", "7"),
    /** Outcome 8: a community resolution. */
    COMMUNITY_RESOLUTION("community-resolution", "8"),
    /** Outcome 22: diversionary, educational or intervention activity. */
    DIVERSION("diversion", "22"),
    /** Outcome 20: another body or agency is dealing with it. */
    OTHER_BODY("other-body", "20"),
    /** Outcomes 9, 10 and 21: prosecution or further investigation not in the public interest. */
    NOT_IN_PUBLIC_INTEREST("not-in-public-interest", "9", "10", "21"),
    /** Outcomes 5, 11, 12, 13 and 17: prosecution prevented (the suspect died, is under age or too ill; time ran out). */
    PROSECUTION_PREVENTED("prosecution-prevented", "5", "11", "12", "13", "17"),
    /** Outcomes 14, 15 and 16: evidential difficulties. */
    EVIDENTIAL_DIFFICULTIES("evidential-difficulties", "14", "15", "16"),
    /** Outcome 18: investigation complete, no suspect identified. */
    NOT_IDENTIFIED("not-identified", "18"),
    /** No further action, where the records system has no finer outcome. */
    NO_FURTHER_ACTION("no-further-action"),
    /** Anything else: the description says what. */
    OTHER("other");

    private final String code;
    private final List<String> homeOfficeTypes;

    ResultOutcome(String code, String... homeOfficeTypes) {
        this.code = code;
        this.homeOfficeTypes = List.of(homeOfficeTypes);
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The Home Office outcome types it stands for, by number; none for the general ones. */
    public List<String> homeOfficeTypes() {
        return homeOfficeTypes;
    }

    public static Optional<ResultOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
    }

    /** A code stored or in the event log: one that is not ours is a fault in the data. */
    @JsonCreator
    public static ResultOutcome stored(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Not a result: " + code));
    }

    /** Every code, in order, for a refusal that lists them. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(ResultOutcome::code).toList();
    }
}
