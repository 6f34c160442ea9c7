package org.bluelamp.reporting.journey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionCheckerTest {

    private static final String HEADER = """
            id: broken
            version: 1
            title: Report something
            summary: For testing.
            routing: {queue: crime-bureau, priority: standard, crimeDecision: false}
            questions:
            """;

    @Test
    void everyShippedDefinitionIsValidAndEveryQuestionCanBeReached() throws Exception {
        var catalogue = Definitions.real();
        assertThat(catalogue.all()).extracting(s -> s.id()).contains("crime");
        for (var service : catalogue.all()) {
            for (var question : service.questions()) {
                assertThat(question.showWhen() == null
                        || service.question(question.showWhen().question()).isPresent()).isTrue();
            }
        }
    }

    @Test
    void aBranchWaitingForAnAnswerThatIsNeverOfferedStopsStartUpNamingFileAndQuestion() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: stolen
                    type: radios
                    title: Was anything stolen?
                    options: [{value: "yes", label: "Yes"}, {value: "no", label: "No"}]
                    errors: {required: Select yes if anything was stolen}
                  - id: items
                    type: text
                    title: What was stolen?
                    showWhen: {question: stolen, equals: maybe}
                    errors: {required: Enter what was stolen}
                """))
                .hasMessageContaining("services/broken.yaml")
                .hasMessageContaining("question 'items': showWhen waits for 'maybe'");
    }

    @Test
    void aBranchOnALaterOrMissingQuestionIsRejected() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: first
                    type: text
                    title: First?
                    showWhen: {question: nowhere, equals: "yes"}
                    errors: {required: Enter it}
                """)).hasMessageContaining("refers to 'nowhere', which is not an earlier question");
    }

    @Test
    void unknownTypesDuplicateIdsAndMissingTextAreAllReported() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: one
                    type: sliders
                    title: One?
                  - id: one
                    type: text
                    title: ""
                """))
                .hasMessageContaining("type 'sliders' is not one of")
                .hasMessageContaining("the id is used twice")
                .hasMessageContaining("title is missing")
                .hasMessageContaining("needs errors.required");
    }

    @Test
    void aMisspeltPropertyIsReportedRatherThanIgnored() {
        assertThatThrownBy(() -> Definitions.from("broken.yaml", HEADER + """
                  - id: one
                    type: text
                    titel: One?
                """)).hasMessageContaining("services/broken.yaml").hasMessageContaining("titel");
    }

    @Test
    void theIdMustMatchTheFileName() {
        assertThatThrownBy(() -> Definitions.from("other.yaml", HEADER + """
                  - id: one
                    type: text
                    title: One?
                    errors: {required: Enter one}
                """)).hasMessageContaining("id must be 'other'");
    }
}
