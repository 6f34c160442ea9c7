package org.bluelamp.reporting.journey;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.definition.ConfirmationText;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.question.QuestionTypes;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The paragraphs a definition adds to its confirmation page because of what was answered (see {@link ConfirmationText}). */
@Component
class ConfirmationNotes {

    private final QuestionTypes types;

    ConfirmationNotes(QuestionTypes types) {
        this.types = types;
    }

    List<String> paragraphs(ServiceDefinition service, Map<String, Map<String, Object>> answers, Instant sentAt) {
        var journey = new Journey(service, types);
        return service.confirmationNotes().stream()
                .filter(note -> journey.allHold(note.showWhen(), answers))
                .filter(note -> note.withinHoursOfIncident() == null || earliestIncidentTime(service, answers)
                        .filter(latest -> !Duration.between(latest, sentAt).minusHours(note.withinHoursOfIncident())
                                .isPositive())
                        .isPresent())
                .map(ConfirmationText::text)
                .toList();
    }

    /**
     * The earliest the incident can have happened — its time, the start of its range or of its day — so a note about
     * a deadline is shown only when it was surely met.
     */
    private static Optional<Instant> earliestIncidentTime(ServiceDefinition service, Map<String, Map<String, Object>> answers) {
        var question = service.questions().stream()
                .filter(q -> AnswerRole.INCIDENT_TIME.code().equals(q.role())).findFirst();
        var answer = question.map(q -> answers.get(q.id())).orElse(null);
        if (answer == null) {
            return Optional.empty();
        }
        try {
            for (String key : List.of("from", "at")) {
                if (answer.get(key) instanceof String moment) {
                    return Optional.of(LocalDateTime.parse(moment).atZone(LondonTime.ZONE).toInstant());
                }
            }
            if (answer.get("date") instanceof String day) {
                return Optional.of(LocalDate.parse(day).atStartOfDay(LondonTime.ZONE).toInstant());
            }
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
