package org.bluelamp.insight;

/** The repeat figures of the contacts a filter picks: counts only, nobody named. */
public record RepeatFigures(RepeatFilter filter, RepeatCount people, RepeatCount addresses) {

    public RepeatCount of(RepeatKind kind) {
        return kind == RepeatKind.PERSON ? people : addresses;
    }
}
