package org.bluelamp.reporting.calls;

import org.bluelamp.reporting.definition.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How the questions that apply are laid out as staff screens: one screen per section, with every question of it.
 * A question that builds a list (repeating items, files) takes several posts, so it has a screen of its own within
 * its section. Signposts are never screens: they are the warnings of the screen they fall in.
 */
final class CallScreens {

    private static final Set<String> BUILDS_A_LIST = Set.of("items", "upload");

    /**
     * One staff screen.
     *
     * @param section   the section's title, the screen's heading
     * @param questions its questions, in order
     * @param signposts signposts that the answers so far reach, where a member of the public would have been sent
     *                  away instead
     */
    record Screen(String section, List<Question> questions, List<Question> signposts) {

        boolean buildsAList() {
            return questions.size() == 1 && BUILDS_A_LIST.contains(questions.getFirst().type());
        }

        boolean has(String questionId) {
            return questions.stream().anyMatch(q -> q.id().equals(questionId));
        }

        Question first() {
            return questions.getFirst();
        }
    }

    private final List<Screen> screens;

    private CallScreens(List<Screen> screens) {
        this.screens = screens;
    }

    /** The screens for the questions that apply now, in order; {@code endsJourney} tells signposts apart. */
    static CallScreens of(List<Question> path, Predicate<Question> endsJourney) {
        var screens = new ArrayList<Screen>();
        var pendingSignposts = new ArrayList<Question>();
        List<Question> questions = null;
        List<Question> signposts = null;
        String section = null;
        boolean list = false;
        for (Question question : path) {
            if (endsJourney.test(question)) {
                (signposts == null ? pendingSignposts : signposts).add(question);
                continue;
            }
            boolean buildsList = BUILDS_A_LIST.contains(question.type());
            if (questions == null || buildsList || list || !Objects.equals(section, question.section())) {
                questions = new ArrayList<>();
                signposts = new ArrayList<>(pendingSignposts);
                pendingSignposts.clear();
                section = question.section();
                list = buildsList;
                screens.add(new Screen(section, questions, signposts));
            }
            questions.add(question);
        }
        if (signposts != null) {
            signposts.addAll(pendingSignposts);
        }
        return new CallScreens(screens.stream()
                .map(s -> new Screen(s.section(), List.copyOf(s.questions()), List.copyOf(s.signposts()))).toList());
    }

    List<Screen> all() {
        return screens;
    }

    /** The screen a question is on. */
    Optional<Screen> with(String questionId) {
        return screens.stream().filter(s -> s.has(questionId)).findFirst();
    }

    /** The screen after the one a question is on. */
    Optional<Screen> after(String questionId) {
        for (int i = 0; i < screens.size() - 1; i++) {
            if (screens.get(i).has(questionId)) {
                return Optional.of(screens.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The screen before the one a question is on. */
    Optional<Screen> before(String questionId) {
        for (int i = 1; i < screens.size(); i++) {
            if (screens.get(i).has(questionId)) {
                return Optional.of(screens.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** Every signpost the answers reach, wherever it falls. */
    List<Question> signposts() {
        return screens.stream().flatMap(s -> s.signposts().stream()).toList();
    }
}
