package org.bluelamp.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The queues staff work from, each a view of the open contacts they may see: new and unassessed, their own, their
 * team's, all of them, and those past a deadline. The conditions use :me, :myTeam and :now.
 */
public enum QueueView {
    NEW("status = " + ContactStatus.NEW.sqlLiteral()),
    MINE("allocated_to = :me AND " + ContactStatus.openCondition()),
    TEAM("allocated_team = :myTeam AND " + ContactStatus.openCondition()),
    OPEN(ContactStatus.openCondition()),
    BREACHES(ContactStatus.openCondition() + " AND " + Contacts.NEXT_DUE + " < :now");

    private final String condition;

    QueueView(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }

    String column() {
        return "in_" + name().toLowerCase(Locale.ROOT);
    }

    /** As in the address, e.g. "mine". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QueueView> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst();
    }
}
