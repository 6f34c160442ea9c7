package org.bluelamp.reporting.question;

import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.Question;

import java.util.List;
import java.util.Map;

/**
 * A kind of question page: how its form is read and checked, how a saved answer is laid out again as a form,
 * and how the answer reads on "Check your answers". Each has one template, {@code components/questions/<name>.jte}.
 */
public interface QuestionType {

    /** The name definitions use in {@code type:}. */
    String name();

    /** Whether this page ends the journey instead of asking anything (a signpost): it has no form and no answer. */
    default boolean endsJourney() {
        return false;
    }

    /** What is wrong with a question of this type in a definition, for the start-up check. */
    List<String> problemsWith(Question question);

    /**
     * Reads the form. {@code saved} is the answer saved before, or an empty map: types that build an answer
     * over several posts (repeating items) add to it.
     */
    Parsed parse(Question question, FormValues form, Map<String, Object> saved, ParseContext context);

    /** A saved answer as the form's values, to show the page again. */
    FormValues toForm(Question question, Map<String, Object> answer);

    /** The answer's lines on "Check your answers" and for staff. */
    List<String> summarise(Question question, Map<String, Object> answer, Texts texts);

    /** For a page that builds a list (items, files), what has been added so far, to list above its inputs. */
    default List<AddedEntry> added(Question question, Map<String, Object> answer, Texts texts) {
        return List.of();
    }

    /** For a page that builds a list, the form filled in with one entry's values so it can be changed. */
    default FormValues entryForm(Question question, Map<String, Object> answer, String key) {
        return FormValues.EMPTY;
    }

    /** The chosen values that conditions on this question compare with. */
    default List<String> chosen(Map<String, Object> answer) {
        return List.of();
    }
}
