package org.bluelamp.insight;

import org.bluelamp.platform.scheduling.JobLeases;
import org.bluelamp.reporting.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeat people and addresses counted by hand: contacts put straight into the table with their particulars, in a
 * 90 days of 2012 that no other test's contacts fall in, so every figure is exactly what is made here; the same
 * figures whether the repeats were kept up contact by contact or filled all at once.
 */
@InsightTest
class RepeatGroupsTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    RepeatGroups repeats;

    @Autowired
    RepeatCandidates candidates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobLeases leases;

    @Autowired
    java.time.Clock clock;

    /** A contact as the back office holds one, with only what repeats look at set. */
    record Made(UUID id, String reference) {
    }

    static Made contact(JdbcClient jdbc, Instant received, String channel, String team, List<String> emails,
                        List<String> phones, List<String> postcodes) {
        var id = UUID.randomUUID();
        var reference = Reference.random("RP", RANDOM).value();
        jdbc.sql("""
                        INSERT INTO contact (id, reference, channel, service_id, service_title, received_at,
                                             first_response_due, last_activity_at, allocated_team, reporter_names,
                                             emails, phones, postcodes)
                        VALUES (:id, :reference, :channel, 'crime', 'Report a crime', :received, :due, :received,
                                :team, 'Sam Repeat', :emails, :phones, :postcodes)""")
                .param("id", id).param("reference", reference).param("channel", channel)
                .param("received", Timestamp.from(received))
                .param("due", Timestamp.from(received.plusSeconds(86_400))).param("team", team)
                .param("emails", emails.toArray(String[]::new)).param("phones", phones.toArray(String[]::new))
                .param("postcodes", postcodes.toArray(String[]::new)).update();
        return new Made(id, reference);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void peopleAndAddressesThreeTimesInTheNinetyDaysEndingOnTheDay() {
        // 2012-06-30 in the UK: the 90 days are 2 April to 30 June, BST, so 2012-04-01T23:00Z to 2012-06-30T23:00Z
        var filter = RepeatFilter.endingOn(LocalDate.parse("2012-06-30"));
        assertThat(filter.from()).isEqualTo(LocalDate.parse("2012-04-02"));
        var start = Instant.parse("2012-04-01T23:00:00Z");
        var end = Instant.parse("2012-06-30T23:00:00Z");
        var mid = Instant.parse("2012-05-15T10:00:00Z");
        var team = unique("team-");
        String a = unique("a") + "@example.com";
        String b = unique("b") + "@example.com";
        String pb = "+447700" + digits();
        String c = unique("c") + "@example.com";
        String d = unique("d") + "@example.com";
        String e = unique("e") + "@example.com";
        String p1 = unique("ZZ1");
        String p2 = unique("ZZ2");
        String p3 = unique("ZZ3");
        var made = new java.util.ArrayList<Made>();
        // A: one email three times, allocated to the team, all at postcode P1 (which B gives once too)
        for (int i = 0; i < 3; i++) {
            made.add(contact(jdbc, mid.plusSeconds(i), "phone", team, List.of(a), List.of(), List.of(p1)));
        }
        // B: an email three times, the third with a phone given twice more: one person of five contacts
        made.add(contact(jdbc, mid, "online", team, List.of(b), List.of(), List.of()));
        made.add(contact(jdbc, mid, "online", team, List.of(b), List.of(), List.of()));
        made.add(contact(jdbc, mid, "online", null, List.of(b), List.of(pb), List.of(p3)));
        made.add(contact(jdbc, mid, "online", null, List.of(), List.of(pb), List.of(p3)));
        made.add(contact(jdbc, mid, "online", null, List.of(), List.of(pb), List.of(p3, p1)));
        // C: twice only
        made.add(contact(jdbc, mid, "online", null, List.of(c), List.of(), List.of(p3)));
        made.add(contact(jdbc, mid, "online", null, List.of(c), List.of(), List.of(p2)));
        // D: twice in the days, once a second before them
        made.add(contact(jdbc, mid, "online", null, List.of(d), List.of(), List.of(p2)));
        made.add(contact(jdbc, mid, "online", null, List.of(d), List.of(), List.of()));
        made.add(contact(jdbc, start.minusSeconds(1), "online", null, List.of(d), List.of(), List.of(p2)));
        // E: at the first moment of the days, the last second of them and between; and once just after
        made.add(contact(jdbc, start, "email", null, List.of(e), List.of(), List.of()));
        made.add(contact(jdbc, end.minusSeconds(1), "email", null, List.of(e), List.of(), List.of()));
        made.add(contact(jdbc, mid, "email", null, List.of(e), List.of(), List.of()));
        made.add(contact(jdbc, end, "email", null, List.of(e), List.of(), List.of()));
        // a name alone, three times, is nobody
        for (int i = 0; i < 3; i++) {
            made.add(contact(jdbc, mid, "online", null, List.of(), List.of(), List.of()));
        }

        // one at a time, as the job looks at contacts as they come and change
        candidates.refresh(made.stream().map(Made::id).toList());
        assertFigures(filter, team);
        // and all at once, as the first fill counts them
        candidates.rebuild(Instant.parse("2011-06-01T00:00:00Z"), Instant.parse("2013-06-01T00:00:00Z"));
        assertFigures(filter, team);
    }

    private void assertFigures(RepeatFilter filter, String team) {
        var all = repeats.figures(filter);
        assertThat(all.people()).isEqualTo(new RepeatCount(3, 11)); // A 3, B 5, E 3
        assertThat(all.addresses()).isEqualTo(new RepeatCount(2, 7)); // P1 4 + P3 4, B's last in both; P2 twice
        assertThat(repeats.groups(RepeatKind.PERSON, filter)).extracting(java.util.Set::size)
                .containsExactly(5, 3, 3);

        var teams = repeats.figures(filter.team(team));
        assertThat(teams.people()).isEqualTo(new RepeatCount(1, 3)); // A; B has two in the team
        assertThat(teams.addresses()).isEqualTo(new RepeatCount(1, 3)); // P1

        // no team: B's email once and phone three times (the phone alone makes them a repeat), and E
        var noTeam = repeats.figures(filter.team(""));
        assertThat(noTeam.people()).isEqualTo(new RepeatCount(2, 6));
        assertThat(noTeam.addresses()).isEqualTo(new RepeatCount(1, 4)); // P3; P1 once without a team

        var byEmail = repeats.figures(filter.channel("email"));
        assertThat(byEmail.people()).isEqualTo(new RepeatCount(1, 3));
        assertThat(byEmail.addresses()).isEqualTo(new RepeatCount(0, 0));

        // a day later E's first moment falls out and the contact just after comes in; D's early one is long gone
        var dayLater = RepeatFilter.endingOn(LocalDate.parse("2012-07-01"));
        assertThat(repeats.figures(dayLater).people()).isEqualTo(new RepeatCount(3, 11));
        assertThat(repeats.figures(dayLater.channel("email")).people()).isEqualTo(new RepeatCount(1, 3));
        // a day earlier E's last second is out (two left) and D's second before the days is in (three)
        var dayEarlier = RepeatFilter.endingOn(LocalDate.parse("2012-06-29"));
        assertThat(repeats.figures(dayEarlier).people()).isEqualTo(new RepeatCount(3, 11));
        assertThat(repeats.figures(dayEarlier.channel("email")).people()).isEqualTo(new RepeatCount(0, 0));
        assertThat(repeats.figures(dayEarlier).addresses()).isEqualTo(new RepeatCount(3, 10)); // P2 three times now
    }

    /** Contacts active since the job last ran are looked at again, a batch at a time (two here; 1,000 in life). */
    @Test
    void theJobKeepsUpWithNewContactsAndAllocations() {
        var refresh = new RepeatRefresh(candidates, jdbc, leases, clock, Duration.ofMinutes(5), 2);
        refresh.catchUp();
        var now = clock.instant();
        var team = unique("job-");
        var moved = unique("job-");
        String email = unique("job.") + "@example.com";
        var made = new java.util.ArrayList<Made>();
        for (int i = 0; i < 3; i++) {
            made.add(contact(jdbc, now.minusSeconds(86_400L * (10 + i)), "online", team, List.of(email), List.of(),
                    List.of()));
        }
        jdbc.sql("UPDATE contact SET last_activity_at = :now WHERE id = ANY(:ids)")
                .param("now", java.sql.Timestamp.from(now))
                .param("ids", made.stream().map(Made::id).toArray(UUID[]::new)).update();
        var today = RepeatFilter.endingOn(LocalDate.now(clock.withZone(org.bluelamp.platform.LondonTime.ZONE)));

        refresh.catchUp();
        assertThat(repeats.figures(today.team(team)).people()).isEqualTo(new RepeatCount(1, 3));

        jdbc.sql("UPDATE contact SET allocated_team = :moved, last_activity_at = :later WHERE id = :id")
                .param("moved", moved).param("later", java.sql.Timestamp.from(now.plusMillis(1)))
                .param("id", made.getFirst().id()).update();
        refresh.catchUp();
        assertThat(repeats.figures(today.team(team)).people()).isEqualTo(new RepeatCount(0, 0));
        assertThat(repeats.figures(today).people().groups()).isPositive();
    }

    private static String digits() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
