package org.bluelamp.privacy;

import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The access log is pruned by its rule, and never of entries less than a year old, whatever the rule asks. */
@BluelampTest
class AccessLogPruningTest {

    @Autowired
    AccessLogPruning pruning;

    @Autowired
    JdbcClient jdbc;

    @Test
    void entriesOlderThanTheRuleGoAndTheLastYearStaysWhateverIsAsked() {
        String actor = "pruning." + UUID.randomUUID().toString().substring(0, 8);
        for (String age : new String[]{"8 years", "6 years", "13 months", "6 months", "1 day"}) {
            jdbc.sql("""
                            INSERT INTO access_log (at, actor, roles, action, record_kind, record_ref, detail)
                            VALUES (now() - CAST(:age AS interval), :actor, 'SUPERVISOR', 'read', 'contact', :age,
                                    '{}')""")
                    .param("age", age).param("actor", actor).update();
        }

        assertThat(pruning.prune(Period.ofYears(7))).isPositive();
        assertThat(kept(actor)).containsExactlyInAnyOrder("6 years", "13 months", "6 months", "1 day");

        pruning.prune(Period.ofMonths(3));
        assertThat(kept(actor)).as("the database keeps at least a year").containsExactlyInAnyOrder("6 months", "1 day");
    }

    private java.util.List<String> kept(String actor) {
        return jdbc.sql("SELECT record_ref FROM access_log WHERE actor = :actor").param("actor", actor)
                .query(String.class).list();
    }
}
