package org.bluelamp.reporting;

import java.util.List;

/**
 * One thing a system sending a whole report (Open311) may answer, generated from a service definition's question: a
 * question itself, the detail revealed under one of its choices, or one input of a group of fields or of each item of
 * a list. The reporter's name, email, phone, what happened and where are not here: a system sends those as the
 * standard parts of {@link SystemReport}.
 *
 * @param code      what the system names it by: the input's name on the public form (a question's id, or
 *                  {@code <question>-<field>}), unique in the service
 * @param kind      how it is sent
 * @param required  whether every report must answer it (it applies to every report and cannot be left blank)
 * @param words     the question's words, in English, as the definition has them
 * @param hint      the definition's help under the question, or null
 * @param maxLength the longest text taken, or null
 * @param choices   for {@link Kind#ONE_OF} and {@link Kind#ANY_OF}, what may be sent: the choices that do not end
 *                  the journey (a choice that sends the public elsewhere, "call 999 now", is left out)
 * @param askedWhen the answer to another question that makes it apply, or null when it always applies (or applies
 *                  under a condition too involved to state here: then it is not required)
 * @param perItem   for a list of items, one value per item, in order
 */
public record SystemQuestion(String code, Kind kind, boolean required, String words, String hint, Integer maxLength,
                             List<Choice> choices, AskedWhen askedWhen, boolean perItem) {

    public SystemQuestion {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** How a value is sent. */
    public enum Kind {
        /** One line of text. */
        STRING,
        /** Text that may have line breaks. */
        TEXT,
        /** An amount, digits with an optional decimal point. */
        NUMBER,
        /** A date, ISO 8601: {@code 2026-12-06} (a date and time is taken too, its date used). */
        DATE,
        /** A date and time, ISO 8601 with its offset: {@code 2026-12-06T21:30:00Z}; never in the future. */
        DATE_TIME,
        /** One of the choices' values. */
        ONE_OF,
        /** Any of the choices' values, each sent as a value of its own. */
        ANY_OF
    }

    /** A value that may be sent, and its words. */
    public record Choice(String value, String label) {
    }

    /** The question applies only when the question {@code code} was answered with one of {@code values}. */
    public record AskedWhen(String code, List<String> values) {

        public AskedWhen {
            values = List.copyOf(values);
        }
    }
}
