package org.bluelamp.reporting.definition;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * One page of a journey. What the other properties mean depends on the type (see docs/reporting.md).
 *
 * @param id         unique in the definition; the page's address and the answer's key
 * @param type       the question type: radios, checkboxes, text, textarea, date, when, location, fields, items
 * @param title      the page heading: the question itself
 * @param shortTitle the question's name on "Check your answers", if shorter than the title
 * @param hint       help shown under the heading
 * @param optional   whether it may be left blank
 * @param maxLength  the longest answer for text types
 * @param options    the choices for radios and checkboxes
 * @param fields     the inputs of a group of fields or of each repeating item
 * @param showWhen   ask this question only when the condition holds
 * @param itemName   for repeating items, what one item is called ("item", "vehicle")
 * @param maxItems   for repeating items, how many may be added
 * @param rules      type-specific rules, e.g. {@code past: true} for dates, {@code atLeastOne: email,phone}
 * @param errors     error messages by kind (required, and type-specific kinds)
 * @param body       for a signpost, the paragraphs of advice
 * @param link       for a signpost, where to go instead
 * @param leaveOutOfCopy leave the answer out of the printable copy for others (an insurer), e.g. when it is
 *                   safe to contact the reporter
 * @param section    the title of the part of the report it belongs to ("What happened"), which staff see as one
 *                   screen; a question without one is in the same section as the question before it
 * @param role       what the answer means to other modules, so they never read a question id: one of
 *                   {@link AnswerRole}'s codes, e.g. "reporter-name", "safe-to-contact"; null for most questions
 * @param personal   the answer is personal data about someone (for subject access and retention)
 * @param privateAnswer written {@code private: true}: left out of the copy of the report emailed to the reporter,
 *                   because others may read their email (whether it is safe to contact them, say)
 */
public record Question(String id, String type, String title, String shortTitle, String hint, boolean optional,
                       Integer maxLength, List<Option> options, List<Field> fields, Condition showWhen,
                       String itemName, Integer maxItems, Map<String, String> rules, Map<String, String> errors,
                       List<String> body, Link link, boolean leaveOutOfCopy, String section, String role,
                       boolean personal, @JsonProperty("private") boolean privateAnswer) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        errors = errors == null ? Map.of() : Map.copyOf(errors);
        body = body == null ? List.of() : List.copyOf(body);
    }

    /** A question with no role, in the given section. */
    public Question(String id, String type, String title, String shortTitle, String hint, boolean optional,
                    Integer maxLength, List<Option> options, List<Field> fields, Condition showWhen,
                    String itemName, Integer maxItems, Map<String, String> rules, Map<String, String> errors,
                    List<String> body, Link link, boolean leaveOutOfCopy, String section) {
        this(id, type, title, shortTitle, hint, optional, maxLength, options, fields, showWhen, itemName, maxItems,
                rules, errors, body, link, leaveOutOfCopy, section, null, false, false);
    }

    /** A question in no named section, as before sections were added. */
    public Question(String id, String type, String title, String shortTitle, String hint, boolean optional,
                    Integer maxLength, List<Option> options, List<Field> fields, Condition showWhen,
                    String itemName, Integer maxItems, Map<String, String> rules, Map<String, String> errors,
                    List<String> body, Link link, boolean leaveOutOfCopy) {
        this(id, type, title, shortTitle, hint, optional, maxLength, options, fields, showWhen, itemName, maxItems,
                rules, errors, body, link, leaveOutOfCopy, null);
    }

    /** The same question in the given section. */
    public Question inSection(String sectionTitle) {
        return new Question(id, type, title, shortTitle, hint, optional, maxLength, options, fields, showWhen, itemName,
                maxItems, rules, errors, body, link, leaveOutOfCopy, sectionTitle, role, personal, privateAnswer);
    }

    public String summaryTitle() {
        return shortTitle != null ? shortTitle : title;
    }

    public String error(String kind) {
        return errors.get(kind);
    }

    public String rule(String name) {
        return rules.get(name);
    }

    public int maxLengthOr(int fallback) {
        return maxLength != null ? maxLength : fallback;
    }
}
