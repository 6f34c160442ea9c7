package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.Reporter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoredReporterTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aReporterStoredBeforeInterpretersWereRecordedStillReads() {
        var stored = json.readValue("""
                {"name": "Alex Example", "email": "alex@example.com", "phone": null, "preference": "email",
                 "safety": null, "safeTimes": [], "anonymous": false}""", StoredReporter.class);

        var reporter = stored.typed();
        assertThat(reporter.bslInterpreter()).isFalse();
        assertThat(reporter.emailAddress()).isPresent();
    }

    @Test
    void anInterpreterAskedForIsKept() {
        var stored = json.readValue(json.writeValueAsString(StoredReporter.of(
                new Reporter("Sam", null, null, null, null, List.of(), false, true))), StoredReporter.class);

        assertThat(stored.typed().usesBsl()).isTrue();
    }
}
