package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.UUID;

/**
 * A draft that can still be answered, with its service, the path through it and its answers that still count.
 * The {@link QuestionEngine} takes and gives these; only this package looks inside.
 */
public record OpenDraft(ServiceDefinition service, Draft draft, Journey journey, Map<String, Map<String, Object>> answers) {

    public UUID id() {
        return draft.id();
    }

    /** Whether it has been sent and is now a report. */
    public boolean submitted() {
        return draft.submitted();
    }

    /** The same draft with these answers, saved to resume at {@code position}. */
    OpenDraft with(Map<String, Map<String, Object>> saved, String position) {
        return new OpenDraft(service, new Draft(draft.id(), draft.serviceId(), service.version(), saved, position,
                draft.reportId(), draft.call()), journey, saved);
    }

    /** A question of this service that the person may see now; otherwise a redirect to where they should be. */
    Question visitable(String questionId) {
        var question = service.question(questionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!journey.canVisit(question, answers)) {
            throw new JourneyRedirect(JourneyPaths.page(service.id(), resumePage()));
        }
        return question;
    }

    /** Where someone coming back should be: the page they were on, if they may still see it. */
    String resumePage() {
        if (draft.position() != null) {
            var at = service.question(draft.position());
            if (at.isPresent() && journey.canVisit(at.get(), answers)) {
                return at.get().id();
            }
        }
        return journey.firstUnanswered(answers).map(Question::id).orElse(JourneyPaths.CHECK_ANSWERS);
    }
}
