package org.bluelamp.notify;

import org.bluelamp.reporting.Reference;
import org.bluelamp.appointments.VisitBooked;
import org.bluelamp.appointments.VisitCancelled;
import org.bluelamp.appointments.VisitReminderDue;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.ContactPreference;
import org.bluelamp.reporting.Reporter;
import org.bluelamp.reporting.SubmittedReports;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.UUID;

/**
 * Confirms a PLOD visit when it is booked or moved, reminds the person the day before, and tells them if it is
 * cancelled, by the way they asked for at booking (BSL users often prefer text or email) and within the safe-contact
 * rules. Each message is keyed by the visit and its time, so a retried listener stores nothing twice and a moved
 * visit gets its own confirmation.
 */
@Component
class AppointmentMessages {

    private final SubmittedReports reports;
    private final MessageWriter writer;
    private final Clock clock;
    private final LanguageTexts languageTexts;

    AppointmentMessages(SubmittedReports reports, MessageWriter writer, Clock clock, LanguageTexts languageTexts) {
        this.languageTexts = languageTexts;
        this.reports = reports;
        this.writer = writer;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VisitBooked booked) {
        send(MessageKind.APPOINTMENT_CONFIRMATION, booked.visitId(), booked.reportId(), booked.reference(),
                booked.startsAt(), booked.visitor(), booked.confirmBy());
    }

    @ApplicationModuleListener
    void on(VisitReminderDue due) {
        send(MessageKind.APPOINTMENT_REMINDER, due.visitId(), due.reportId(), due.reference(), due.startsAt(),
                due.visitor(), due.confirmBy());
    }

    @ApplicationModuleListener
    void on(VisitCancelled cancelled) {
        send(MessageKind.APPOINTMENT_CANCELLED, cancelled.visitId(), cancelled.reportId(), cancelled.reference(),
                cancelled.startsAt(), null, cancelled.confirmBy());
    }

    private void send(MessageKind kind, UUID visitId, UUID reportId, Reference reference, Instant startsAt,
                      String visitor, ContactPreference confirmBy) {
        reports.reporter(reportId).ifPresent(reporter -> {
            var local = startsAt.atZone(LondonTime.ZONE);
            writer.write(kind, visitId + "@" + startsAt.toEpochMilli(), reference.value(), language -> {
                var dates = languageTexts.dates(language);
                var values = new HashMap<String, String>();
                values.put("date", dates.dayAndDate(local.toLocalDate()));
                values.put("time", dates.timeOfDay(local.toLocalTime()));
                if (visitor != null) {
                    values.put("visitor", visitor);
                }
                return values;
            }, null, SafeContactRules.plan(askedFor(reporter, confirmBy), clock.instant()), reports.languageOf(reportId));
        });
    }

    /** The reporter with the way they asked to hear about this visit in place of their report's preference. */
    private static Reporter askedFor(Reporter reporter, ContactPreference confirmBy) {
        return new Reporter(reporter.name(), reporter.email(), reporter.phone(), confirmBy, reporter.safety(),
                reporter.safeTimes(), reporter.anonymous());
    }
}
