package org.bluelamp.staff;

import java.time.Instant;

/**
 * One line of an account's audit trail. (Public only because the page's template is compiled elsewhere.)
 *
 * @param detail the kind of change ({@link AccountChangeKind}) a four-eyes line is about, or null
 */
public record AuditEntry(Instant at, String actor, String action, String detail) {
}
