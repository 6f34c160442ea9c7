package org.bluelamp;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a test that moves time forward: the application's clock becomes a {@link TestClock}. */
@TestConfiguration
public class MovableClock {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
