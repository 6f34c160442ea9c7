package org.bluelamp.platform.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalServerWaitTest {

    @Test
    void theServerIsNamedWithoutWhateverElseTheAddressCarries() {
        assertThat(ExternalServerWait.describe("jdbc:postgresql://db.force.internal:5433/bluelamp?password=secret&ssl=true"))
                .isEqualTo("db.force.internal:5433/bluelamp");
        assertThat(ExternalServerWait.describe("jdbc:postgresql://db/bluelamp")).isEqualTo("db/bluelamp");
        assertThat(ExternalServerWait.describe("jdbc:not a url")).isEqualTo("the configured address");
    }
}
