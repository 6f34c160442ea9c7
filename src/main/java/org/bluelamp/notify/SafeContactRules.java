package org.bluelamp.notify;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SafeToContact;
import org.bluelamp.reporting.SafeWindow;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether, how and when a reporter may be sent a message, as they told us: nothing if they said it is not safe or
 * stayed anonymous; by email, text or both as they chose (a text only to a mobile); and, if only at certain times,
 * held until the next of those times begins.
 */
final class SafeContactRules {

    /** When someone said "only at certain times" without saying which (before the question was asked): office hours. */
    static final List<SafeWindow> WHEN_TIMES_ARE_UNKNOWN = List.of(new SafeWindow(LocalTime.of(9, 0), LocalTime.of(17, 0)));

    private SafeContactRules() {
    }

    static List<Delivery> plan(Reporter reporter, Instant now) {
        if (!reporter.mayBeContacted()) {
            return List.of();
        }
        var email = reporter.emailAddress().map(EmailAddress::value);
        var mobile = reporter.mobile().map(UkPhoneNumber::e164);
        var preference = reporter.preference() == null ? ContactPreference.EMAIL : reporter.preference();
        var deliveries = new ArrayList<Delivery>();
        Instant notBefore = notBefore(reporter, now);
        switch (preference) {
            case TEXT -> firstOf(mobile.map(m -> new Delivery(MessageChannel.SMS, m, notBefore)),
                    email.map(e -> new Delivery(MessageChannel.EMAIL, e, notBefore))).ifPresent(deliveries::add);
            case EMAIL_AND_TEXT -> {
                email.ifPresent(e -> deliveries.add(new Delivery(MessageChannel.EMAIL, e, notBefore)));
                mobile.ifPresent(m -> deliveries.add(new Delivery(MessageChannel.SMS, m, notBefore)));
            }
            // A phone call or a BSL reply is the handler's to make; what is written goes by email, as for EMAIL.
            case EMAIL, PHONE, BSL_VIDEO, BSL_RELAY_CALL, BSL_VISIT -> firstOf(email.map(e -> new Delivery(MessageChannel.EMAIL, e, notBefore)),
                    mobile.map(m -> new Delivery(MessageChannel.SMS, m, notBefore))).ifPresent(deliveries::add);
        }
        return deliveries;
    }

    /** Now, or the start of the next time it is safe. */
    static Instant notBefore(Reporter reporter, Instant now) {
        if (reporter.safety() != SafeToContact.CERTAIN_TIMES) {
            return now;
        }
        var windows = reporter.safeTimes().isEmpty() ? WHEN_TIMES_ARE_UNKNOWN : reporter.safeTimes();
        ZonedDateTime local = now.atZone(LondonTime.ZONE);
        // A week ahead: a window only at weekends, chosen on a Monday, opens five days later.
        for (int day = 0; day <= 7; day++) {
            var date = local.toLocalDate().plusDays(day);
            for (SafeWindow window : windows.stream().sorted(Comparator.comparing(SafeWindow::from)).toList()) {
                if (!window.days().include(date.getDayOfWeek())) {
                    continue;
                }
                var start = date.atTime(window.from()).atZone(LondonTime.ZONE);
                var end = date.atTime(window.to()).atZone(LondonTime.ZONE);
                if (!local.isBefore(start) && local.isBefore(end)) {
                    return now;
                }
                if (start.isAfter(local)) {
                    return start.toInstant();
                }
            }
        }
        throw new IllegalStateException("A window always starts within a week");
    }

    @SafeVarargs
    private static Optional<Delivery> firstOf(Optional<Delivery>... choices) {
        for (Optional<Delivery> choice : choices) {
            if (choice.isPresent()) {
                return choice;
            }
        }
        return Optional.empty();
    }
}
