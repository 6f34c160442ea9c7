package org.bluelamp.reporting.question;

/** Names and ids of a question's inputs, shared by the parsers and the templates so they cannot drift apart. */
public final class InputIds {

    private InputIds() {
    }

    /** The detail revealed under a choice. */
    public static String detail(String questionId, String optionValue) {
        return questionId + "-" + optionValue + "-detail";
    }

    /** A named part of a question: a field of a group, or a part such as "day" or "postcode". */
    public static String part(String questionId, String part) {
        return questionId + "-" + part;
    }
}
