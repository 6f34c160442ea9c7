package org.bluelamp.reporting.calls;

import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.journey.OpenDraft;
import org.bluelamp.reporting.journey.QuestionEngine;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/** Finds the call a member of staff is logging: to any other account it is not found, never "forbidden". */
@Component
class StaffCallDrafts {

    private final QuestionEngine engine;

    StaffCallDrafts(QuestionEngine engine) {
        this.engine = engine;
    }

    OpenDraft open(UUID draftId, Authentication signedIn) {
        return engine.openCall(draftId, signedIn.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    CallPages.Heading heading(OpenDraft open, Texts texts) {
        var call = engine.call(open).orElseThrow();
        return new CallPages.Heading(open.service().title(), texts.t("contact.channel." + call.channel().code()),
                call.startedAt());
    }
}
