/**
 * Service-level clocks: when a contact's first contact, crime decision, response and victim updates are due, and
 * whether they are on time. Pure rules over {@link java.time.Instant}s; the contact module stores and shows them.
 * Other modules may count working days with the same bank holidays ({@link org.bluelamp.contact.clocks.WorkingDays},
 * {@link org.bluelamp.contact.clocks.BankHolidays}, read from a file in GOV.UK's {@code bank-holidays.json} format).
 */
@org.springframework.modulith.NamedInterface("clocks")
package org.bluelamp.contact.clocks;
