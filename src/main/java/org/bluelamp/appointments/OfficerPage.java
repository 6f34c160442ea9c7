package org.bluelamp.appointments;

import java.util.List;

/**
 * A PLOD officer's own visits and free times.
 *
 * @param done what was just done (added, withdrawn, outcome), for the banner, or null
 */
public record OfficerPage(List<Visit> visits, List<Slot> freeSlots, String done) {
}
