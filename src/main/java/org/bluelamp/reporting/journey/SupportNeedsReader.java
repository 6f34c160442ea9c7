package org.bluelamp.reporting.journey;

import org.bluelamp.reporting.SupportNeed;
import org.bluelamp.reporting.SupportNeeds;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The support a reporter asked for, from their answer to the question with the role "support-needs". */
final class SupportNeedsReader {

    private SupportNeedsReader() {
    }

    static SupportNeeds read(Map<String, Object> answer) {
        var needs = EnumSet.noneOf(SupportNeed.class);
        if (answer.get("values") instanceof List<?> values) {
            values.forEach(value -> SupportNeed.fromCode(String.valueOf(value)).ifPresent(needs::add));
        }
        // a need's words are kept under its option's value
        // the words revealed under an option are kept by the option's value
        var details = answer.get("details") instanceof Map<?, ?> map ? map : Map.of();
        return new SupportNeeds(needs, words(needs, details, SupportNeed.LANGUAGE_INTERPRETER),
                words(needs, details, SupportNeed.OTHER));
    }

    private static String words(Set<SupportNeed> needs, Map<?, ?> details, SupportNeed need) {
        return needs.contains(need) ? text(details.get(need.code())).orElse(null) : null;
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }
}
