package org.bluelamp.contact;

import org.bluelamp.platform.personaldata.RetentionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
import java.util.List;

/**
 * How long a contact is kept after its last activity before it is reviewed (docs/retention.md), by its
 * crime-recording decision: groups modelled on the police's Management of Police Information (MoPI) guidance.
 *
 * @param seriousCrime           a recorded crime classified as a serious violent or sexual offence
 * @param seriousClassifications the Home Office classification codes counted as serious violent or sexual offences
 * @param crime                  any other recorded crime, or a report still waiting for its crime-recording decision
 * @param nonCrime               a contact that recorded no crime: an incident, lost property, feedback, a collision
 */
@ConfigurationProperties("bluelamp.privacy.retention")
public record ContactRetentionRules(Period seriousCrime, List<String> seriousClassifications, Period crime,
                                    Period nonCrime) {

    static final String SERIOUS_CRIME = "serious-crime";
    static final String CRIME = "crime";
    static final String NON_CRIME = "non-crime";

    public ContactRetentionRules {
        seriousCrime = RetentionRule.configured(SERIOUS_CRIME, seriousCrime, Period.ofYears(10)).period();
        crime = RetentionRule.configured(CRIME, crime, Period.ofYears(6)).period();
        nonCrime = RetentionRule.configured(NON_CRIME, nonCrime, Period.ofYears(2)).period();
        seriousClassifications = seriousClassifications == null ? List.of()
                : seriousClassifications.stream().map(String::strip).toList();
    }

    RetentionRule seriousCrimeRule() {
        return new RetentionRule(SERIOUS_CRIME, seriousCrime);
    }

    RetentionRule crimeRule() {
        return new RetentionRule(CRIME, crime);
    }

    RetentionRule nonCrimeRule() {
        return new RetentionRule(NON_CRIME, nonCrime);
    }
}
