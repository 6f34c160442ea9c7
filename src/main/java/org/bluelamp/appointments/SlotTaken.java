package org.bluelamp.appointments;

/** The chosen time was booked by someone else a moment ago, or is no longer offered. */
class SlotTaken extends RuntimeException {

    SlotTaken() {
        super("That slot is no longer free", null, false, false);
    }
}
