package org.bluelamp.contact;

import java.util.List;

/**
 * One of a subject's contacts, as other modules find what they hold about the subject through it (a message about
 * it, a relay call logged as it, a PLOD visit for it).
 *
 * @param matchedOn which of the subject's details tie the contact to them: reference, name, email, phone, postcode,
 *                  date-of-birth
 */
public record SubjectContact(String reference, List<String> matchedOn) {
}
