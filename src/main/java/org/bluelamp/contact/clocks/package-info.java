/**
 * Service-level clocks: when a contact's first contact, crime decision, response and victim updates are due, and
 * whether they are on time. Pure rules over {@link java.time.Instant}s; the contact module stores and shows them.
 */
package org.bluelamp.contact.clocks;
