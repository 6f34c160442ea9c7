package org.bluelamp.reporting.journey;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

/** Where a resume link and its codes go: an email address or a UK mobile, never both. */
record LinkAddress(EmailAddress email, UkPhoneNumber mobile) {

    LinkAddress {
        if ((email == null) == (mobile == null)) {
            throw new IllegalArgumentException("An email address or a mobile, one of them");
        }
        if (mobile != null && !mobile.mobile()) {
            throw new IllegalArgumentException("A landline cannot get a text");
        }
    }

    static LinkAddress email(EmailAddress email) {
        return new LinkAddress(email, null);
    }

    static LinkAddress mobile(UkPhoneNumber mobile) {
        return new LinkAddress(null, mobile);
    }

    /** As the person typed it, tidied: the address, or the number as 07700 900982. */
    String display() {
        return email != null ? email.value() : mobile.display();
    }

    /** Partly hidden, for a page anyone holding the link can see. */
    String masked() {
        return email != null ? email.masked() : mobile.masked();
    }

    @Override
    public String toString() {
        return "LinkAddress[…]";
    }
}
