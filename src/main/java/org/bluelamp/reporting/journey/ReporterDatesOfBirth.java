package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.DatesOfBirth;
import org.bluelamp.reporting.definition.AnswerRole;
import org.bluelamp.reporting.definition.Question;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the reporter's date of birth by its role, never by a question's id: the catalogue says which question of
 * each service holds it, and the database picks that answer out of each report's answers.
 */
@Component
class ReporterDatesOfBirth implements DatesOfBirth {

    private final JdbcClient jdbc;
    private final String questions;

    ReporterDatesOfBirth(JdbcClient jdbc, JsonMapper json, ServiceCatalogue catalogue) {
        this.jdbc = jdbc;
        var byService = new LinkedHashMap<String, String>();
        for (ServiceDefinition service : catalogue.all()) {
            service.questions().stream()
                    .filter(q -> AnswerRole.REPORTER_DATE_OF_BIRTH.code().equals(q.role()))
                    .map(Question::id).findFirst().ifPresent(id -> byService.put(service.id(), id));
        }
        this.questions = json.writeValueAsString(byService);
    }

    /**
     * The SQL for a report row's date of birth (ISO text, or null): its service's date-of-birth answer, with the
     * services' question ids bound as {@code :dateOfBirthQuestions}.
     */
    static final String COLUMN = "answers -> (CAST(:dateOfBirthQuestions AS jsonb) ->> service_id) ->> 'date'";

    /** The value to bind to {@code :dateOfBirthQuestions}: each service's date-of-birth question, as JSON. */
    String questions() {
        return questions;
    }

    @Override
    public Map<UUID, LocalDate> of(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        var found = new HashMap<UUID, LocalDate>();
        jdbc.sql("SELECT id, " + COLUMN + " AS born FROM report WHERE id = ANY(:ids)")
                .param("dateOfBirthQuestions", questions).param("ids", reportIds.toArray(UUID[]::new))
                .query((rs, row) -> {
                    if (rs.getString("born") != null) {
                        found.put(rs.getObject("id", UUID.class), LocalDate.parse(rs.getString("born")));
                    }
                    return null;
                }).list();
        return found;
    }
}
