package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.SubmittedReport.AnsweredQuestion;
import org.bluelamp.reporting.definition.Field;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's particulars come from the kind of each answer wherever it is asked, never from a question's id. */
class ParticularsReaderTest {

    private static Question question(String id, String type, List<Field> fields, List<Option> options,
                                     Map<String, String> rules) {
        return new Question(id, type, id + "?", null, null, true, null, options, fields, null, "item", null, rules,
                Map.of(), List.of(), null, false);
    }

    private static Field field(String id, String type, String autocomplete) {
        return new Field(id, type, id, null, true, null, autocomplete, null, Map.of());
    }

    @Test
    void eachKindOfAnswerIsFoundWhereverItIsAndStoredInItsSearchForm() {
        var path = List.of(
                question("q1", "text", List.of(), List.of(), Map.of("autocomplete", "name")),
                question("q2", "fields", List.of(field("a", "email", "email"), field("b", "uk-phone", "tel"),
                        field("c", "postcode", "postal-code"), field("d", "text", "address-line1")), List.of(), Map.of()),
                question("q3", "items", List.of(field("plate", "vehicle-registration", "off"),
                        field("colour", "text", null)), List.of(), Map.of()),
                question("q4", "radios", List.of(), List.of(new Option("yes", "Yes", null,
                        field("detail", "email", null), false), new Option("no", "No", null, null, false)), Map.of()),
                question("q5", "checkboxes", List.of(), List.of(
                        new Option("phone", "Phone", null, field("detail", "uk-phone", null), false),
                        new Option("other", "Other", null, field("detail", "textarea", null), false)), Map.of()),
                question("q6", "location", List.of(), List.of(), Map.of()),
                question("q7", "textarea", List.of(), List.of(), Map.of()),
                question("q8", "fields", List.of(field("given", "text", "given-name"),
                        field("family", "text", "family-name"), field("other", "text", "off")), List.of(), Map.of()));
        Map<String, Map<String, Object>> answers = Map.of(
                "q1", Map.of("value", "Alex Example"),
                "q2", Map.of("a", "Alex@Example.COM", "b", "07700 900982", "c", "LE2 2BB", "d", "2 Home Road"),
                "q3", Map.of("items", List.of(Map.of("plate", "AB12 CDE", "colour", "Red"), Map.of("plate", "A123 BCD"))),
                "q4", Map.of("value", "yes", "detail", "witness@example.org"),
                "q5", Map.of("values", List.of("phone", "other"),
                        "details", Map.of("phone", "0116 222 2222", "other", "It was dark")),
                "q6", Map.of("kind", "address", "line1", "1 Library Street", "town", "Leicester", "postcode", "LE1 1AA"),
                "q7", Map.of("value", "My bike was taken.\nThe lock was cut."),
                "q8", Map.of("given", "Sam", "family", "Jones", "other", "Not a name"));
        var summary = List.of(new AnsweredQuestion("q1", "Your name", List.of("Alex Example")),
                new AnsweredQuestion("q7", "What happened", List.of("My bike was taken.\nThe lock was cut.")));

        var particulars = ParticularsReader.read(path, answers, summary);

        assertThat(particulars.names()).containsExactly("Alex Example", "Sam Jones");
        assertThat(particulars.emails()).containsExactly("alex@example.com", "witness@example.org");
        assertThat(particulars.phones()).containsExactly("+447700900982", "+441162222222");
        assertThat(particulars.postcodes()).containsExactly("LE22BB", "LE11AA");
        assertThat(particulars.vehicleRegistrations()).containsExactly("AB12CDE", "A123BCD");
        assertThat(particulars.freeText()).containsExactly("Alex Example", "2 Home Road", "Red", "It was dark",
                "1 Library Street", "Leicester", "My bike was taken.\nThe lock was cut.", "Sam", "Jones",
                "Not a name");
        assertThat(particulars.account()).isEqualTo("Alex Example\nMy bike was taken.\nThe lock was cut.");
    }

    @Test
    void aQuestionNotOnThePathOrLeftBlankGivesNothing() {
        var path = List.of(question("q1", "text", List.of(), List.of(), Map.of("autocomplete", "name")));
        Map<String, Map<String, Object>> answers = Map.of("q1", Map.of(), "elsewhere", Map.of("value", "x"));

        var particulars = ParticularsReader.read(path, answers, List.of());

        assertThat(particulars.names()).isEmpty();
        assertThat(particulars.freeText()).isEmpty();
        assertThat(particulars.account()).isEmpty();
    }

    @Test
    void aDescribedPlaceIsFreeTextAndAChoiceWithoutADetailAddsNothing() {
        var path = List.of(question("where", "location", List.of(), List.of(), Map.of()),
                question("r", "radios", List.of(), List.of(new Option("no", "No", null, null, false),
                        new Option("yes", "Yes", null, null, false)), Map.of()));
        Map<String, Map<String, Object>> answers = Map.of(
                "where", Map.of("kind", "description", "description", "The field behind the school"),
                "r", Map.of("value", "no"));

        var particulars = ParticularsReader.read(path, answers, List.of());

        assertThat(particulars.freeText()).containsExactly("The field behind the school");
        assertThat(particulars.postcodes()).isEmpty();
    }
}
