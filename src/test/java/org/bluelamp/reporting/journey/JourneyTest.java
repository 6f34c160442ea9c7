package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyTest {

    private ServiceDefinition crime;
    private Journey journey;

    @BeforeEach
    void load() throws Exception {
        crime = Definitions.real().find("crime").orElseThrow();
        journey = new Journey(crime, new QuestionTypes());
    }

    private static Map<String, Object> chose(String value) {
        return Map.of("value", value);
    }

    @Test
    void theStolenItemsQuestionIsAskedOnlyWhenSomethingWasStolen() {
        var answers = new HashMap<String, Map<String, Object>>();
        answers.put("crime-type", chose("burglary"));
        answers.put("anything-stolen", chose("no"));
        assertThat(ids(journey.path(answers))).doesNotContain("stolen-items");
        answers.put("anything-stolen", chose("yes"));
        assertThat(ids(journey.path(answers))).containsSubsequence("anything-stolen", "stolen-items", "anything-damaged");
    }

    @Test
    void aTheftIsNotAskedWhetherAnythingWasStolen() {
        var answers = new HashMap<String, Map<String, Object>>();
        answers.put("crime-type", chose("theft"));
        assertThat(ids(journey.path(answers))).doesNotContain("anything-stolen")
                .containsSubsequence("crime-type", "stolen-items", "anything-damaged");
    }

    @Test
    void nextPageFollowsTheBranch() {
        var answers = new HashMap<String, Map<String, Object>>();
        answers.put("crime-type", chose("assault"));
        answers.put("anything-stolen", chose("no"));
        assertThat(journey.after(crime.question("anything-stolen").orElseThrow(), answers))
                .map(Question::id).contains("anything-damaged");
        answers.put("anything-stolen", chose("yes"));
        assertThat(journey.after(crime.question("anything-stolen").orElseThrow(), answers))
                .map(Question::id).contains("stolen-items");
    }

    @Test
    void answersToQuestionsThatNoLongerApplyAreDropped() {
        var answers = new HashMap<String, Map<String, Object>>();
        answers.put("crime-type", chose("other"));
        answers.put("anything-stolen", chose("yes"));
        answers.put("stolen-items", Map.of("items", List.of(Map.of("description", "Bike"))));
        answers.put("reporter-role", chose("someone-else"));
        answers.put("victim-details", Map.of("name", "Sam"));
        answers.put("old-question-no-longer-in-definition", chose("x"));
        answers.put("anything-stolen", chose("no"));
        answers.put("reporter-role", chose("victim"));
        assertThat(journey.prune(answers)).containsOnlyKeys("crime-type", "anything-stolen", "reporter-role");
    }

    @Test
    void nobodyCanSkipAheadOfTheirFirstUnansweredQuestion() {
        var answers = new HashMap<String, Map<String, Object>>();
        assertThat(journey.canVisit(crime.questions().getFirst(), answers)).isTrue();
        assertThat(journey.canVisit(crime.question("your-name").orElseThrow(), answers)).isFalse();
        assertThat(journey.firstUnanswered(answers)).map(Question::id).contains("crime-type");
        assertThat(journey.canVisit(crime.question("stolen-items").orElseThrow(), answers)).isFalse();
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}
