package org.bluelamp.contact.clocks;

/** Where a clock stands against its deadline, for queues to sort and colour by. */
public enum DueState {
    /** No deadline: the clock is not running. */
    NONE,
    /** More than the due-soon margin left. */
    ON_TIME,
    /** Within the due-soon margin of the deadline, and not past it. */
    DUE_SOON,
    /** The deadline has passed. */
    OVERDUE
}
