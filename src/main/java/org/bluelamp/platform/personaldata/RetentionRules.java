package org.bluelamp.platform.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * How long each kind of record is kept after its last activity before it is reviewed (docs/retention.md): groups
 * modelled on the police's Management of Police Information (MoPI) guidance. Every period must be at least a day;
 * the access log's at least a year, as the database refuses to prune it sooner.
 *
 * @param seriousCrime           a recorded crime classified as a serious violent or sexual offence
 * @param seriousClassifications the Home Office classification codes counted as serious violent or sexual offences
 * @param crime                  any other recorded crime, or a report still waiting for its crime-recording decision
 * @param nonCrime               a contact that recorded no crime: an incident, lost property, feedback, a collision
 * @param relayCalls             a BSL video relay call (and its recording) never logged as a contact
 * @param dataRequests           a subject access request, after it was answered (the data requests module's records)
 * @param accessLog              an entry of the access log
 */
@ConfigurationProperties("bluelamp.privacy.retention")
public record RetentionRules(Period seriousCrime, List<String> seriousClassifications, Period crime, Period nonCrime,
                             Period relayCalls, Period dataRequests, Period accessLog) {

    public static final String SERIOUS_CRIME = "serious-crime";
    public static final String CRIME = "crime";
    public static final String NON_CRIME = "non-crime";
    public static final String RELAY_CALLS = "relay-calls";
    public static final String DATA_REQUESTS = "data-requests";

    private static final LocalDate SOME_DAY = LocalDate.of(2000, 1, 1);

    public RetentionRules {
        seriousCrime = atLeast("serious-crime", seriousCrime, Period.ofYears(10), Period.ofDays(1));
        crime = atLeast("crime", crime, Period.ofYears(6), Period.ofDays(1));
        nonCrime = atLeast("non-crime", nonCrime, Period.ofYears(2), Period.ofDays(1));
        relayCalls = atLeast("relay-calls", relayCalls, Period.ofYears(1), Period.ofDays(1));
        dataRequests = atLeast("data-requests", dataRequests, Period.ofYears(2), Period.ofDays(1));
        accessLog = atLeast("access-log", accessLog, Period.ofYears(7), Period.ofYears(1));
        seriousClassifications = seriousClassifications == null ? List.of()
                : seriousClassifications.stream().map(String::strip).toList();
    }

    /** The period of a rule by its name (serious-crime, crime, non-crime, relay-calls, data-requests). */
    public Period period(String rule) {
        return switch (rule) {
            case SERIOUS_CRIME -> seriousCrime;
            case CRIME -> crime;
            case NON_CRIME -> nonCrime;
            case RELAY_CALLS -> relayCalls;
            case DATA_REQUESTS -> dataRequests;
            default -> throw new IllegalArgumentException("No retention rule named " + rule);
        };
    }

    /** The latest day of last activity for which a record under the rule is due for review on {@code today}. */
    public LocalDate lastActiveOnOrBefore(String rule, LocalDate today) {
        return today.minus(period(rule));
    }

    private static Period atLeast(String name, Period given, Period otherwise, Period least) {
        Period period = given == null ? otherwise : given;
        if (SOME_DAY.plus(period).isBefore(SOME_DAY.plus(least))) {
            throw new IllegalArgumentException("bluelamp.privacy.retention." + name + " must be at least "
                    + (least.getYears() > 0 ? "a year" : "a day") + ", such as " + otherwise + ", not " + period + ".");
        }
        return period;
    }
}
