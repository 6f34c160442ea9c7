package org.bluelamp.insight;

import org.bluelamp.BluelampTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application with a database of its own for the insight tests: their figures count every contact in the
 * database, so contacts other tests make would change them, and theirs (years back, with clocks long overdue) would
 * head the other tests' queues. One context for every insight test. /performance keeps no copy of its figures here, as
 * the tests change them between requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BluelampTest
@TestPropertySource(properties = {"bluelamp.insight.refresh-every=PT1H",
        "bluelamp.insight.public-page.keep-for=PT0S"})
public @interface InsightTest {
}
