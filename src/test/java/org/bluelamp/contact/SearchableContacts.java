package org.bluelamp.contact;

import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportParticulars;
import org.bluelamp.reporting.ReportSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Contacts opened as the intake opens them (from the event), then given particulars, with values no other test
 * uses, so a search finds exactly what a test made.
 */
@Component
class SearchableContacts {

    private static final SecureRandom RANDOM = new SecureRandom();

    record Made(UUID id, String reference) {
    }

    private final OnlineReportIntake intake;
    private final ContactParticulars particulars;
    private final JdbcClient jdbc;

    SearchableContacts(OnlineReportIntake intake, ContactParticulars particulars, JdbcClient jdbc) {
        this.intake = intake;
        this.particulars = particulars;
        this.jdbc = jdbc;
    }

    Made open(Instant received, ReportParticulars given) {
        String reference = Reference.random("TS", RANDOM).value();
        intake.on(new ReportSubmitted(UUID.randomUUID(), Reference.stored(reference), "crime", "Report a crime", received,
                "crime-bureau", Priority.STANDARD, true));
        var id = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT id FROM contact WHERE reference = :r").param("r", reference).query(UUID.class).optional(),
                java.util.Optional::isPresent).orElseThrow();
        particulars.save(id, given);
        return new Made(id, reference);
    }

    void allocateToTeam(Made contact, String team) {
        jdbc.sql("UPDATE contact SET allocated_team = :team WHERE id = :id").param("team", team)
                .param("id", contact.id()).update();
    }

    static ReportParticulars particulars(String name, String email, String phone, String postcode, String vehicle,
                                         String account) {
        return new ReportParticulars(name == null ? List.of() : List.of(name), list(email), list(phone),
                list(postcode), list(vehicle), List.of(account), account);
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** Digits no other test will have chosen. */
    static String digits(int count) {
        var digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    /** A full postcode, compact, in an area no real one has (ZZ) so no other test chooses it. */
    static String postcode() {
        return "ZZ" + digits(2) + digits(1) + "ABDEFGHJLNPQRSTUWXYZ".charAt(RANDOM.nextInt(20))
                + "ABDEFGHJLNPQRSTUWXYZ".charAt(RANDOM.nextInt(20));
    }

    /** Upper-case letters (no I, Q, Z, as on plates) no other test will have chosen. */
    static String letters(int count) {
        var letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append("ABCDEFGHJKLMNOPRSTUVWXY".charAt(RANDOM.nextInt(23)));
        }
        return letters.toString();
    }
}
