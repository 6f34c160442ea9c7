/**
 * Visits by a Police Link Officer for Deaf people (PLOD): officers' available times, handlers booking a visit from a
 * contact (or recording that no time suits), changes, cancellations and outcomes. It tells {@code notify} when to
 * confirm a visit and when to remind the person the day before, through events.
 */
package org.bluelamp.appointments;
