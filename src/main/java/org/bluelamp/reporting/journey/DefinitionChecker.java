package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.definition.Condition;
import org.bluelamp.reporting.definition.Option;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.Routing;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what is wrong with a definition before anyone meets it: missing text, unknown types, duplicate ids,
 * and branches that point at nothing or can never be taken, which would leave a question unreachable; sections
 * that staff screens cannot show.
 */
final class DefinitionChecker {

    /** Page names the journey uses itself, so no question may take them. */
    static final Set<String> RESERVED = Set.of("check-answers", "submit", "confirmation", "copy", "start", "emergency",
            JourneyPaths.SAVE_FOR_LATER, JourneyPaths.LINK_SENT);
    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    private final QuestionTypes types;

    DefinitionChecker(QuestionTypes types) {
        this.types = types;
    }

    List<String> problemsWith(ServiceDefinition definition, String fileName) {
        var problems = new ArrayList<String>();
        if (definition.id() == null || !definition.id().equals(fileName)) {
            problems.add("id must be '" + fileName + "', the file's name");
        }
        if (definition.version() < 1) {
            problems.add("version must be 1 or more");
        }
        requireText(definition.title(), "title", problems);
        requireText(definition.summary(), "summary", problems);
        if (!ServiceDefinition.GROUPS.contains(definition.group())) {
            problems.add("group must be one of " + ServiceDefinition.GROUPS);
        }
        checkRouting(definition.routing(), problems);
        if (Channel.fromCode(definition.channel()).filter(Channel.sentByThePublic()::contains).isEmpty()) {
            problems.add("channel must be one of " + Channel.sentByThePublic().stream().map(Channel::code).toList());
        }
        if (definition.printableCopy() != null) {
            requireText(definition.printableCopy().link(), "printableCopy.link", problems);
            requireText(definition.printableCopy().heading(), "printableCopy.heading", problems);
            requireText(definition.printableCopy().intro(), "printableCopy.intro", problems);
        }
        if (definition.questions().isEmpty()) {
            problems.add("there are no questions");
        }
        checkSections(definition.questions(), problems);
        var earlier = new HashMap<String, Question>();
        for (Question question : definition.questions()) {
            String where = "question '" + question.id() + "'";
            if (question.id() == null || !question.id().matches(ID) || RESERVED.contains(question.id())) {
                problems.add(where + ": id must be lower-case words joined by dashes, and not one of " + RESERVED);
            }
            if (earlier.containsKey(question.id())) {
                problems.add(where + ": the id is used twice");
            }
            requireText(question.title(), where + ": title", problems);
            var type = types.find(question.type());
            if (type.isEmpty()) {
                problems.add(where + ": type '" + question.type() + "' is not one of " + types.names());
            } else {
                type.get().problemsWith(question).forEach(p -> problems.add(where + ": " + p));
            }
            if (question.showWhen() != null) {
                checkCondition("question '" + question.id() + "': showWhen", question.showWhen(), earlier, problems);
            }
            earlier.put(question.id(), question);
        }
        if (definition.anonymousWhen() != null) {
            checkCondition("anonymousWhen", definition.anonymousWhen(), earlier, problems);
        }
        for (var note : definition.confirmationNotes()) {
            requireText(note.text(), "a confirmation note's text", problems);
            note.showWhen().forEach(condition -> checkCondition("confirmation note", condition, earlier, problems));
        }
        RoleChecker.check(definition.questions(), problems);
        return problems;
    }

    /**
     * Staff see a section as one screen, so the first question must name one (later ones inherit it), a title must
     * have words, and a section once left may not come back: its questions would be split over two screens.
     */
    static void checkSections(List<Question> questions, List<String> problems) {
        if (questions.isEmpty()) {
            return;
        }
        if (questions.getFirst().section() == null || questions.getFirst().section().isBlank()) {
            problems.add("question '" + questions.getFirst().id() + "': the first question needs a section");
        }
        var left = new HashSet<String>();
        String current = questions.getFirst().section();
        for (Question question : questions) {
            String section = question.section();
            if (section != null && section.isBlank()) {
                problems.add("question '" + question.id() + "': section is blank");
            }
            if (section != null && !section.equals(current)) {
                if (left.contains(section)) {
                    problems.add("question '" + question.id() + "': section '" + section
                            + "' comes back after another section; keep a section's questions together");
                }
                if (current != null) {
                    left.add(current);
                }
                current = section;
            }
        }
    }

    private static void checkRouting(Routing routing, List<String> problems) {
        if (routing == null || routing.queue() == null || !routing.queue().matches(ID)) {
            problems.add("routing.queue must name the back-office queue reports go to, e.g. crime-bureau");
        }
        if (routing == null || Priority.fromCode(routing.priority()).isEmpty()) {
            problems.add("routing.priority must be one of " + Arrays.stream(Priority.values()).map(Priority::code).toList());
        }
    }

    private static void checkCondition(String where, Condition condition, Map<String, Question> earlier,
                                       List<String> problems) {
        if (condition.or() != null) {
            checkCondition(where + " (or)", condition.or(), earlier, problems);
        }
        Question source = earlier.get(condition.question());
        if (source == null) {
            problems.add(where + " refers to '" + condition.question() + "', which is not an earlier question");
            return;
        }
        if (condition.values().isEmpty()) {
            problems.add(where + " needs equals or anyOf");
        }
        Set<String> offered = new HashSet<>();
        source.options().stream().map(Option::value).forEach(offered::add);
        for (String value : condition.values()) {
            if (!offered.contains(value)) {
                problems.add(where + " waits for '" + value + "', which '" + source.id()
                        + "' never offers, so it can never hold");
            }
        }
    }

    private static void requireText(String text, String what, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add(what + " is missing");
        }
    }
}
