package org.bluelamp.reporting.calls;

import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallScreensTest {

    @Test
    void eachSectionIsOneScreenAndAListBuildingQuestionHasOneOfItsOwn() {
        var screens = CallScreens.of(inSections(q("kind", "radios", "What happened"), q("story", "textarea", null),
                q("stolen", "radios", "Loss"), q("items", "items", null), q("damaged", "radios", null),
                q("name", "text", "About the caller")), q -> false);

        assertThat(screens.all()).extracting(s -> s.section() + ":" + s.questions().stream().map(Question::id).toList())
                .containsExactly("What happened:[kind, story]", "Loss:[stolen]", "Loss:[items]", "Loss:[damaged]",
                        "About the caller:[name]");
        assertThat(screens.with("story").orElseThrow().first().id()).isEqualTo("kind");
        assertThat(screens.after("story").orElseThrow().first().id()).isEqualTo("stolen");
        assertThat(screens.before("kind")).isEmpty();
    }

    @Test
    void aSignpostIsNeverAScreenButAWarningOfTheScreenItFallsIn() {
        var screens = CallScreens.of(inSections(q("now", "radios", "What happened"),
                q("call-999", "signpost", null), q("story", "textarea", null)), q -> q.type().equals("signpost"));

        assertThat(screens.all()).singleElement().satisfies(screen -> {
            assertThat(screen.questions()).extracting(Question::id).containsExactly("now", "story");
            assertThat(screen.signposts()).extracting(Question::id).containsExactly("call-999");
        });
    }

    /** The questions as a definition has them: each without a section in the one before's. */
    private static List<Question> inSections(Question... questions) {
        return new ServiceDefinition("test", 1, "Test", "For tests", "crime", null, null, null, List.of(questions))
                .questions();
    }

    private static Question q(String id, String type, String section) {
        var question = new Question(id, type, "Title of " + id, null, null, false, null, null, null, null, "item",
                null, null, null, null, null, false);
        return section == null ? question : question.inSection(section);
    }
}
