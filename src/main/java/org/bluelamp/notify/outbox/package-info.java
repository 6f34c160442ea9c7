/** The outbox page: every message to the public and what became of it, for staff. */
package org.bluelamp.notify.outbox;
