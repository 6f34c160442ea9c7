package org.bluelamp.contact.clocks;

import org.bluelamp.contact.Grading;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The service-level targets a contact's clocks run to. Unset values take the defaults below, which match
 * {@code application.yml}.
 *
 * @param firstContact           how soon after a report is received the reporter must first be contacted
 * @param crimeDecision          how soon after a report is received a crime-recording decision must be made
 * @param grading                the response target for each grading, keyed by {@link Grading#code()}; a grading
 *                               left out keeps its default
 * @param victimUpdateEvery      the longest a victim may go without an update (Victims' Code: 28 days)
 * @param keyDecisionWorkingDays working days within which a victim is told of a key decision
 * @param dueSoon                how close to its deadline a clock turns "due soon"
 * @see BankHolidays the days that are not working days
 */
@ConfigurationProperties("bluelamp.contact.clocks")
public record ClockProperties(Duration firstContact, Duration crimeDecision, Map<String, Duration> grading,
                              Duration victimUpdateEvery, Integer keyDecisionWorkingDays, Duration dueSoon) {

    static final Map<Grading, Duration> DEFAULT_GRADING = Map.of(
            Grading.EMERGENCY, Duration.ofMinutes(15),
            Grading.PRIORITY, Duration.ofMinutes(60),
            Grading.SCHEDULED, Duration.ofHours(48),
            Grading.RESOLUTION_WITHOUT_DEPLOYMENT, Duration.ofHours(24));

    public ClockProperties {
        firstContact = positive("first-contact", firstContact, Duration.ofHours(24));
        crimeDecision = positive("crime-decision", crimeDecision, Duration.ofHours(24));
        victimUpdateEvery = positive("victim-update-every", victimUpdateEvery, Duration.ofDays(28));
        dueSoon = positive("due-soon", dueSoon, Duration.ofHours(2));
        if (keyDecisionWorkingDays == null) {
            keyDecisionWorkingDays = 5;
        }
        if (keyDecisionWorkingDays < 1) {
            throw new IllegalArgumentException(
                    "bluelamp.contact.clocks.key-decision-working-days must be at least 1, not " + keyDecisionWorkingDays);
        }
        grading = withDefaults(grading == null ? Map.of() : grading);
    }

    /** The response target for a grading. */
    public Duration gradingTarget(Grading grading) {
        return this.grading.get(grading.code());
    }

    private static Map<String, Duration> withDefaults(Map<String, Duration> configured) {
        var unknown = configured.keySet().stream().filter(code -> Grading.fromCode(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("bluelamp.contact.clocks.grading has unknown gradings " + unknown
                    + "; use " + Arrays.stream(Grading.values()).map(Grading::code).collect(Collectors.joining(", ")));
        }
        var targets = new LinkedHashMap<String, Duration>();
        for (Grading g : Grading.values()) {
            targets.put(g.code(), positive("grading." + g.code(), configured.get(g.code()), DEFAULT_GRADING.get(g)));
        }
        return Map.copyOf(targets);
    }

    private static Duration positive(String key, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("bluelamp.contact.clocks." + key + " must be positive, not " + value);
        }
        return value;
    }
}
