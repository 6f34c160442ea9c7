package org.bluelamp.reporting;

import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.journey.CallDetails;
import org.bluelamp.reporting.journey.OpenDraft;
import org.bluelamp.reporting.journey.QuestionEngine;
import org.bluelamp.reporting.journey.ServiceCatalogue;
import org.bluelamp.reporting.question.FormValues;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts logging a 101 live chat on the same call-logging screens as a 101 call, with the channel set to web chat,
 * the chat carried through to the report (and so its transcript to the contact's timeline), and the person's name
 * already answered where the definition asks for it.
 */
@Service
public class ChatLogging {

    private final ServiceCatalogue catalogue;
    private final QuestionEngine engine;

    ChatLogging(ServiceCatalogue catalogue, QuestionEngine engine) {
        this.catalogue = catalogue;
        this.engine = engine;
    }

    /** What a chat can be logged as: the same services as a call. */
    public List<RelayCallLogging.ServiceChoice> services() {
        return catalogue.forCalls().stream().map(s -> new RelayCallLogging.ServiceChoice(s.id(), s.title())).toList();
    }

    /**
     * A new call draft for this handler; the address of its first screen, or empty for an unknown service.
     *
     * @param answeredAt when the handler answered the chat: its start as far as the force is concerned
     * @param name       the name the person gave before the chat, or null; it answers the reporter's name
     * @param about      what the person said the chat was about; it starts the answer to what happened
     */
    public Optional<String> start(String serviceId, Instant answeredAt, String handler, UUID chatId, String name,
                                  String about, Texts texts) {
        return catalogue.find(serviceId).filter(catalogue.forCalls()::contains).map(service -> {
            var open = engine.startCall(service, CallDetails.chat(answeredAt, handler, chatId));
            open = prefill(open, AnswerRole.REPORTER_NAME, "text", name, texts);
            prefill(open, AnswerRole.INCIDENT_DESCRIPTION, "textarea", about, texts);
            return "/staff/calls/" + open.id();
        });
    }

    /** Answers the definition's question with this role, if it has one and the value passes its checks. */
    private OpenDraft prefill(OpenDraft open, AnswerRole role, String type, String value, Texts texts) {
        if (value == null || value.isBlank()) {
            return open;
        }
        return open.service().questions().stream()
                .filter(q -> role.code().equals(q.role()) && type.equals(q.type())).findFirst()
                .map(q -> engine.answer(open, q, new FormValues(Map.of(q.id(), List.of(value.strip()))), List.of(),
                        texts, false))
                .filter(QuestionEngine.Outcome::valid).map(QuestionEngine.Outcome::draft).orElse(open);
    }
}
