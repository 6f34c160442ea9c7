package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;

/** Finds the service a request is for and this browser's draft of it. */
@Component
class CurrentDraft {

    private final ServiceCatalogue catalogue;
    private final Drafts drafts;
    private final DraftCookie cookie;
    private final QuestionTypes types;

    CurrentDraft(ServiceCatalogue catalogue, Drafts drafts, DraftCookie cookie, QuestionTypes types) {
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.cookie = cookie;
        this.types = types;
    }

    ServiceDefinition service(String serviceId) {
        return catalogue.find(serviceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Optional<Draft> draft(HttpServletRequest request, ServiceDefinition service) {
        return cookie.tokenHash(request).flatMap(token -> drafts.find(token, service.id()));
    }

    Journey journey(ServiceDefinition service) {
        return new Journey(service, types);
    }

    /** Where someone coming back to this draft should be: the page they were on, if they may still see it. */
    String resumePage(ServiceDefinition service, Draft draft) {
        var journey = journey(service);
        var answers = journey.prune(draft.answers());
        if (draft.position() != null) {
            var at = service.question(draft.position());
            if (at.isPresent() && journey.canVisit(at.get(), answers)) {
                return at.get().id();
            }
        }
        return journey.firstUnanswered(answers).map(q -> q.id()).orElse(JourneyPaths.CHECK_ANSWERS);
    }
}
