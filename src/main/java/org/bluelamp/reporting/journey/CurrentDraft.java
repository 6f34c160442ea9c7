package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.platform.language.Languages;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final Languages languages;

    CurrentDraft(ServiceCatalogue catalogue, Drafts drafts, DraftCookie cookie, QuestionTypes types,
                 Languages languages) {
        this.languages = languages;
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.cookie = cookie;
        this.types = types;
    }

    /**
     * The service in the language of the page being answered (the locale Spring resolved for this request): answers
     * are stored as option values and typed text, never words, so the same draft reads in any language.
     */
    ServiceDefinition service(String serviceId) {
        return catalogue.find(serviceId, languages.closest(LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Optional<Draft> draft(HttpServletRequest request, ServiceDefinition service) {
        return cookie.tokenHash(request).flatMap(token -> drafts.find(token, service.id()));
    }

    /**
     * This browser's draft of the service, if it can still be answered. Without one, the browser is sent to the
     * start; with one already sent, to its confirmation.
     */
    OpenDraft open(String serviceId, HttpServletRequest request) {
        var service = service(serviceId);
        var draft = draft(request, service).orElseThrow(() -> new JourneyRedirect(JourneyPaths.start(serviceId)));
        if (draft.submitted()) {
            throw new JourneyRedirect(JourneyPaths.page(serviceId, "confirmation"));
        }
        return open(service, draft);
    }

    OpenDraft open(ServiceDefinition service, Draft draft) {
        var journey = new Journey(service, types);
        return new OpenDraft(service, draft, journey, journey.prune(draft.answers()));
    }
}
