package org.bluelamp.tracking;

import org.bluelamp.platform.FormErrors;

/** The first page: the reference and the contact, as typed. */
public record TrackStartPage(String reference, String contact, FormErrors errors) {
}
