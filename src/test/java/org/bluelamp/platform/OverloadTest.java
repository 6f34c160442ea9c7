package org.bluelamp.platform;

import org.bluelamp.BluelampTest;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When every database connection is in use for longer than a request may wait (tests run with a pool of one and a
 * two-second wait), people get a kind "very busy" page with a 503 and Retry-After, and lose nothing they saved.
 */
@BluelampTest
class OverloadTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aSaturatedDatabaseGivesAKindBusyPageAndTheDraftIsIntact() throws Exception {
        var person = new WebSession(port);
        person.get("/report/crime");
        person.post("/report/crime", "emergency", "no");
        person.post("/report/crime/crime-type", "crime-type", "criminal-damage");

        try (var everyConnection = dataSource.getConnection()) {
            var busy = person.raw("/report/crime/crime-type");
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).contains("60");
            assertThat(busy.body()).contains("<title>Sorry, we are very busy", "Try again in a minute",
                    "Answers you saved before have not been lost").doesNotContain("Exception", "SQL");
        }

        var afterwards = person.get("/report/crime/crime-type");
        assertThat(afterwards.status()).isEqualTo(200);
        assertThat(afterwards.body()).containsPattern("value=\"criminal-damage\" checked");
    }
}
