package org.bluelamp.staff;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The idle timeout as configured reaches the session, the page's warning and the timed-out page. */
@BluelampTest
@TestPropertySource(properties = "bluelamp.staff.idle-timeout=3m")
class IdleTimeoutSettingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Test
    void aConfiguredTimeoutIsTheSessionsAndAShortOneIsWarnedOfHalfWay() {
        var session = new WebSession(port);
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var page = staffAccounts.signIn(session, account);

        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :u")
                .param("u", account.username()).query(Integer.class).single()).isEqualTo(180);
        assertThat(page.body()).contains("data-timeout=\"180\"", "data-warning=\"90\"");
        assertThat(new WebSession(port).get("/staff/timed-out").body())
                .contains("You were signed out because you did nothing for 3 minutes.");
    }
}
