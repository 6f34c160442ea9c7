package org.bluelamp.insight.demo;

import org.bluelamp.contact.ContactChoices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What a demo year takes from the installation's own settings: the report types, the force's reference prefix and
 * name, the lists staff choose from, the service-level clocks and the relay's and chat's hours. A name the demo
 * prefers but this force has not configured is swapped for one it has, so nothing stored is foreign to the pages.
 */
record DemoSettings(List<DemoServices.Service> services, String referencePrefix, String force, ContactChoices choices,
                    Duration firstContact, Duration crimeDecision, Map<String, Duration> gradings,
                    Duration updateEvery, Hours relay, Hours chat) {

    /** Opening hours, UK time; the same time for both means all day; closing at 00:00 means midnight. */
    record Hours(LocalTime opens, LocalTime closes) {

        boolean open(Instant at) {
            if (opens.equals(closes)) {
                return true;
            }
            var time = at.atZone(DemoYear.UK).toLocalTime();
            return opens.isBefore(closes) ? !time.isBefore(opens) && time.isBefore(closes)
                    : !time.isBefore(opens) || time.isBefore(closes);
        }
    }

    Duration grading(String code) {
        return gradings.getOrDefault(code, Duration.ofHours(24));
    }

    boolean relayOpen(Instant at) {
        return relay.open(at);
    }

    boolean chatOpen(Instant at) {
        return chat.open(at);
    }

    String category(String wanted, RandomGenerator random) {
        if (choices.isCategory(wanted)) {
            return wanted;
        }
        var all = choices.incidentCategories().values().stream().flatMap(List::stream).toList();
        return all.isEmpty() ? wanted : DemoWords.pick(all, random);
    }

    /** The classification's label, as a decision stores it ("49 Other theft"). */
    String classification(String code, RandomGenerator random) {
        return choices.classification(code).or(() -> choices.crimeClassifications().stream().findFirst())
                .map(ContactChoices.Classification::label).orElse(code);
    }

    String team(String wanted, RandomGenerator random) {
        var codes = choices.teamCodes();
        return codes.contains(wanted) || codes.isEmpty() ? wanted : DemoWords.pick(codes, random);
    }

    String referral(String wanted, RandomGenerator random) {
        var organisations = choices.referralOrganisations();
        return organisations.contains(wanted) || organisations.isEmpty() ? wanted
                : DemoWords.pick(organisations, random);
    }
}
