package org.bluelamp.staff;

import java.time.Instant;

/** One line of an account's audit trail. (Public only because the page's template is compiled elsewhere.) */
public record AuditEntry(Instant at, String actor, String action) {
}
