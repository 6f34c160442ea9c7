package org.bluelamp.staff;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.QueuePages;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signs in as each role and proves it can open exactly what the table in {@link StaffRole} says, by direct URL:
 * the queue, a contact with the reporter's personal data, and (a form post) its queue filter.
 */
@BluelampTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    private String reference;

    @BeforeAll
    void aReportIsInTheOpenQueue() {
        reference = report("Role matrix: my shed was broken into.");
    }

    private String report(String story) {
        return OnlineReports.crime(port, jdbc, story);
    }

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void eachRoleOpensOnlyWhatTheTableAllows(StaffRole role) {
        var session = new WebSession(port);
        staffAccounts.signedIn(session, role);
        boolean seesContacts = role.permissions().stream().anyMatch(Permission::seesContacts);
        boolean seesOpenQueues = role.permissions().contains(Permission.SEE_OPEN_QUEUES);

        var queue = session.get("/staff/contacts");
        var contact = session.get("/staff/contacts/" + reference + "/report");
        if (seesOpenQueues) {
            assertThat(queue.status()).isEqualTo(200);
            assertThat(QueuePages.holds(session, "/staff/contacts?view=open", reference)).isTrue();
            assertThat(contact.status()).isEqualTo(200);
            assertThat(contact.body()).contains(reference, "Alex Example");
        } else if (seesContacts) {
            assertThat(queue.status()).isEqualTo(200);
            assertThat(QueuePages.holds(session, "/staff/contacts?view=open", reference)).isFalse();
            assertThat(contact.status()).as("not theirs: not found, which says nothing").isEqualTo(404);
            assertThat(contact.body()).doesNotContain("Alex Example");
        } else {
            assertThat(queue.status()).isEqualTo(403);
            assertThat(contact.status()).isEqualTo(403);
            assertThat(queue.body() + contact.body()).contains("Your role does not include this page")
                    .doesNotContain("Alex Example");
        }
        // appointments: PLOD officers work their visits; handlers of the open queues book them from a contact
        assertThat(session.get("/staff/visits").status())
                .isEqualTo(role.permissions().contains(Permission.PLOD_VISITS) ? 200 : 403);
        assertThat(session.get("/staff/contacts/" + reference + "/visits").status())
                .isEqualTo(seesOpenQueues ? 200 : 403);
        assertThat(session.get("/staff/relay/messages").status()).as("BSL video messages")
                .isEqualTo(role.permissions().contains(Permission.RELAY_CALLS) ? 200 : 403);
        assertThat(session.get("/staff/chat").status()).as("the web chat console")
                .isEqualTo(role.permissions().contains(Permission.WEB_CHATS)
                        || role.permissions().contains(Permission.WATCH_WEB_CHATS) ? 200 : 403);
        var home = session.get("/staff");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.pathOnly()).isEqualTo(seesContacts ? "/staff/contacts" : "/staff");
    }

    /** The pages each role's menu lists, besides its account and passkeys which every role has. */
    private static final java.util.Map<StaffRole, java.util.Set<String>> MENUS = java.util.Map.of(
            StaffRole.CONTACT_HANDLER, java.util.Set.of("/staff/contacts", "/staff/contacts/search", "/staff/calls/new",
                    "/staff/relay", "/staff/chat", "/staff/relay/messages", "/staff/outbox"),
            StaffRole.CRIME_BUREAU_ASSESSOR, java.util.Set.of("/staff/contacts", "/staff/contacts/search",
                    "/staff/calls/new", "/staff/relay", "/staff/outbox"),
            StaffRole.SUPERVISOR, java.util.Set.of("/staff/contacts", "/staff/contacts/search", "/staff/calls/new",
                    "/staff/relay", "/staff/chat", "/staff/outbox", "/staff/insight", "/staff/access-log"),
            StaffRole.OFFICER, java.util.Set.of("/staff/contacts", "/staff/contacts/search"),
            StaffRole.INTERPRETER, java.util.Set.of("/staff/relay", "/staff/relay/messages"),
            StaffRole.PLOD_OFFICER, java.util.Set.of("/staff/visits"),
            StaffRole.DATA_PROTECTION_OFFICER, java.util.Set.of("/staff/data-requests", "/staff/retention",
                    "/staff/access-log", "/staff/outbox"),
            StaffRole.ADMIN, java.util.Set.of("/staff/accounts", "/staff/api-clients", "/staff/outbox"),
            StaffRole.PERFORMANCE_ANALYST, java.util.Set.of("/staff/insight"));

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    void eachRolesMenuListsItsOwnPagesAndEveryOneOpens(StaffRole role) {
        var session = new WebSession(port);
        staffAccounts.signedIn(session, role);
        var page = session.get("/staff/account").body();
        var nav = page.substring(page.indexOf("<nav class=\"bluelamp-header__nav\""), page.indexOf("</nav>"));
        var links = java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(nav).results()
                .map(found -> found.group(1)).toList();

        var expected = new java.util.HashSet<>(MENUS.get(role));
        expected.addAll(java.util.Set.of("/staff/account", "/staff/passkeys"));
        assertThat(links).as(role + "'s menu").containsExactlyInAnyOrderElementsOf(expected);
        links.forEach(link -> assertThat(session.get(link).status()).as(role + " opens " + link).isEqualTo(200));
    }

    @Test
    void anAllocatedContactIsSeenByItsTeamAndOfficerOnly() {
        String allocated = report("Role matrix: my van was stolen.");
        var officer = staffAccounts.create("north", StaffRole.OFFICER);
        jdbc.sql("UPDATE contact SET allocated_team = 'north', allocated_to = :officer WHERE reference = :r")
                .param("officer", officer.username()).param("r", allocated).update();

        var sees = java.util.Map.of(
                staffAccounts.create("north", StaffRole.OFFICER), true,
                officer, true,
                staffAccounts.create("north", StaffRole.SUPERVISOR), true,
                staffAccounts.create("south", StaffRole.OFFICER), false,
                staffAccounts.create("south", StaffRole.SUPERVISOR), false,
                staffAccounts.create(StaffRole.CONTACT_HANDLER), false);
        sees.forEach((account, expected) -> {
            var session = new WebSession(port);
            staffAccounts.signIn(session, account);
            assertThat(session.get("/staff/contacts/" + allocated).status()).as(account.username())
                    .isEqualTo(expected ? 200 : 404);
            assertThat(QueuePages.holds(session, "/staff/contacts?view=open", allocated)).as(account.username())
                    .isEqualTo(expected);
        });
    }
}
