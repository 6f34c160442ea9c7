package org.bluelamp.reporting;

import java.util.EnumSet;
import java.util.Set;

/**
 * What support a reporter asked for, from the answer whose definition gives it the role "support-needs".
 *
 * @param needs    what they ticked, without {@link SupportNeed#NONE}
 * @param language the language they need an interpreter for, in their words; null if not asked for
 * @param other    the other support they need, in their words; null if not asked for
 */
public record SupportNeeds(Set<SupportNeed> needs, String language, String other) {

    public SupportNeeds {
        var kept = EnumSet.noneOf(SupportNeed.class);
        kept.addAll(needs);
        kept.remove(SupportNeed.NONE);
        needs = Set.copyOf(kept);
    }

    public static SupportNeeds none() {
        return new SupportNeeds(Set.of(), null, null);
    }

    public boolean any() {
        return !needs.isEmpty();
    }

    public boolean has(SupportNeed need) {
        return needs.contains(need);
    }
}
