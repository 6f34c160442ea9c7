package org.bluelamp.reporting.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One thing the public can report, as data: its questions in order, how they branch and where reports go.
 * Read from {@code src/main/resources/services/<id>.yaml}.
 *
 * @param id        the address of the journey: /report/{id}
 * @param version   raised whenever the questions change; each report keeps the version it answered
 * @param title     the journey's name, e.g. "Report a crime"
 * @param summary   one line for the list of services: when to use it
 * @param group     the heading it is listed under on /report: one of {@link #GROUPS}
 * @param routing   where reports go in the back office
 * @param printableCopy a copy the reporter can print once it is sent, or null when none is offered
 * @param anonymousWhen the answer that means the reporter chose to stay anonymous, so nobody will contact them;
 *                      null when the service always asks who they are
 * @param questions the pages, in order; each is asked only when its condition holds. A question without a section
 *                  is given the section of the one before it.
 * @param channel   how reports sent by the public through it reach us, a {@link org.bluelamp.reporting.Channel} code:
 *                  {@code online} unless it says otherwise ({@code bsl-video-message})
 * @param emergency its own words for "is this an emergency?", or null for the general ones
 * @param confirmationNotes paragraphs for the confirmation page that depend on the answers
 */
public record ServiceDefinition(String id, int version, String title, String summary, String group,
                                Routing routing, PrintableCopy printableCopy, Condition anonymousWhen,
                                List<Question> questions, String channel, EmergencyQuestion emergency,
                                List<ConfirmationText> confirmationNotes) {

    /** The headings of the list of services, in the order they are shown. */
    public static final List<String> GROUPS = List.of("crime", "community", "lost-and-found", "feedback");

    public ServiceDefinition {
        questions = questions == null ? List.of() : inheritSections(questions);
        channel = channel == null ? "online" : channel;
        confirmationNotes = confirmationNotes == null ? List.of() : List.copyOf(confirmationNotes);
    }

    /** A definition with the general emergency question and no notes that depend on the answers. */
    public ServiceDefinition(String id, int version, String title, String summary, String group, Routing routing,
                             PrintableCopy printableCopy, Condition anonymousWhen, List<Question> questions,
                             String channel) {
        this(id, version, title, summary, group, routing, printableCopy, anonymousWhen, questions, channel, null, null);
    }

    /** A definition whose reports come in online. */
    public ServiceDefinition(String id, int version, String title, String summary, String group, Routing routing,
                             PrintableCopy printableCopy, Condition anonymousWhen, List<Question> questions) {
        this(id, version, title, summary, group, routing, printableCopy, anonymousWhen, questions, null);
    }

    private static List<Question> inheritSections(List<Question> questions) {
        var resolved = new ArrayList<Question>();
        String section = null;
        for (Question question : questions) {
            if (question != null && question.section() == null && section != null) {
                question = question.inSection(section);
            }
            section = question == null ? section : question.section();
            resolved.add(question);
        }
        return List.copyOf(resolved);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
