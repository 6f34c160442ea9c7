/**
 * Visits by a Police Link Officer for Deaf people (PLOD): officers' available times, handlers booking a visit from a
 * contact (or recording that no time suits), changes, cancellations and outcomes. It tells {@code notify} when to
 * confirm a visit and when to remind the person the day before, through events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "staff", "reporting", "contact"})
package org.bluelamp.appointments;
