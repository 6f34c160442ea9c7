package org.bluelamp.privacy.answer;

import org.bluelamp.platform.language.Language;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a subject access request as it is released: what is held about the person, with the data
 * protection team's redactions marked, and what was withheld and why. {@link DisclosurePdf} and
 * {@link DisclosureJson} write it with every redaction burned in.
 *
 * @param requestReference the request's reference
 * @param forceName        the force answering
 * @param subjectName      whom it is about, as the request names them
 * @param answeredAt       when the answer was made
 * @param sections         one for each record in scope, in order
 * @param refusals         what was withheld in whole, with the legal reason
 * @param language         the language the request was made in: every word, date and heading of the answer is in it
 */
public record Disclosure(String requestReference, String forceName, String subjectName, Instant answeredAt,
                         List<Section> sections, List<Refusal> refusals, Language language) {

    public Disclosure {
        language = language == null ? Language.ENGLISH : language;
    }

    /** One record: a report, a contact, a message, a recording's details, an access history... */
    public record Section(String kind, String reference, Instant at, String title, List<Line> lines) {
    }

    /** A labelled detail; every occurrence of each redaction's text in it is removed. */
    public record Line(String label, String value, List<Redaction> redactions) {
    }

    /**
     * Text to remove, wherever it appears in the line (ignoring case), and why.
     *
     * @param reason the legal reason as the answer states it, e.g. "Information about another person (Data
     *               Protection Act 2018, section 45(4)(e))"
     */
    public record Redaction(String text, String reason) {
    }

    /** Something withheld in whole, and why. */
    public record Refusal(String what, String reason) {
    }
}
