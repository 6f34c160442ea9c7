package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Set;

/**
 * Whether a member of staff may see the contact with a reference, by the same scope as the contact's own pages
 * ({@link ContactScope}: the open queues, their team's, their own): for another module's things linked to a contact
 * (a relay call's recording, a BSL video message), so that what hangs off a contact is reached only by those who may
 * see the contact, whichever screen it is reached from.
 */
@Service
public class ContactAccess {

    private final Contacts contacts;

    ContactAccess(Contacts contacts) {
        this.contacts = contacts;
    }

    /** Whether the contact exists and is within the reader's scope; no contact with the reference is a no. */
    @Transactional(readOnly = true)
    public boolean mayRead(Reference reference, StaffMember reader) {
        return reference != null && contacts.withReference(reference, ContactScope.of(reader)).isPresent();
    }

    /** Which of these references are contacts within the reader's scope: one query, for a page of many. */
    @Transactional(readOnly = true)
    public Set<String> readable(Collection<String> references, StaffMember reader) {
        return references.isEmpty() ? Set.of() : Set.copyOf(contacts.referencesWithin(references, ContactScope.of(reader)));
    }
}
