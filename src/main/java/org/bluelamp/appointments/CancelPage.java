package org.bluelamp.appointments;

import org.bluelamp.contact.Contact;
import org.bluelamp.platform.FormErrors;

/** Asks why a visit (or a request with no suitable time) is cancelled. */
public record CancelPage(Contact contact, Visit visit, String reason, FormErrors errors) {
}
