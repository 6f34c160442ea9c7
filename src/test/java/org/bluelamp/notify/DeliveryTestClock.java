package org.bluelamp.notify;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test sets or moves on; it does not tick, so the worker sees exactly the moment the test chose. */
final class DeliveryTestClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));

    void set(Instant instant) {
        now.set(instant);
    }

    /**
     * Sets the clock to 09:00 on a day of the test's own, so nothing an earlier test left comes due; returns it. The
     * days start after every date the shared journeys answer, so a report's "when" is never in the clock's future.
     */
    Instant setToADayOfItsOwn() {
        var day = Instant.parse("2027-03-01T09:00:00Z").plus(Duration.ofDays(UUID.randomUUID().hashCode() & 0xFFF));
        now.set(day);
        return day;
    }

    /** Import into a test: the application's clock becomes this one. */
    @TestConfiguration
    static class Fixed {
        @Bean
        @Primary
        DeliveryTestClock deliveryTestClock() {
            return new DeliveryTestClock();
        }
    }

    void advance(Duration by) {
        now.updateAndGet(instant -> instant.plus(by));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
