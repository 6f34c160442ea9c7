package org.bluelamp.appointments;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.staff.StaffMembers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * With demo accounts (BLUELAMP_DEMO_ACCOUNTS=true), gives the demo PLOD officer two times a weekday for the next two
 * weeks, once, so a handler has something to book. After start-up, so the demo accounts exist by then.
 */
@Component
class DemoAvailability {

    static final String OFFICER = "demo.plod-officer";
    private static final List<LocalTime> TIMES = List.of(LocalTime.of(10, 0), LocalTime.of(14, 0));

    private final boolean demo;
    private final StaffMembers staff;
    private final Slots slots;
    private final Clock clock;

    DemoAvailability(@Value("${bluelamp.staff.demo-accounts:false}") boolean demo, StaffMembers staff, Slots slots,
                     Clock clock) {
        this.demo = demo;
        this.staff = staff;
        this.slots = slots;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void offerTimes() {
        if (!demo || staff.find(OFFICER).isEmpty() || slots.anyOf(OFFICER)) {
            return;
        }
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        for (int ahead = 1; ahead <= 14; ahead++) {
            var day = today.plusDays(ahead);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime time : TIMES) {
                var startsAt = day.atTime(time).atZone(LondonTime.ZONE).toInstant();
                slots.add(new Slot(UUID.randomUUID(), OFFICER, startsAt, startsAt.plusSeconds(3600)), now);
            }
        }
    }
}
