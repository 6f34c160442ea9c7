package org.bluelamp.platform;

import org.bluelamp.BluelampTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server keeps what it acknowledged through a crash: none of the library's test shortcuts. */
@BluelampTest
class EmbeddedDatabaseDurabilityTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"fsync", "synchronous_commit", "full_page_writes"})
    void theRunningServerHasDurabilitySettingOn(String setting) {
        assertThat(jdbc.sql("SHOW " + setting).query(String.class).single()).isEqualTo("on");
    }
}
