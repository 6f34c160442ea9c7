package org.bluelamp.reporting.definition;

import java.util.Collection;
import java.util.List;

/**
 * When a question is asked: the answer to an earlier radios or checkboxes question is one of some values.
 *
 * @param question the earlier question's id
 * @param equals   the one value that makes it apply
 * @param anyOf    several values, any of which makes it apply
 * @param or       another condition that makes it apply too, on another question ("anything stolen is yes, or
 *                 the crime is a theft"); null for none
 */
public record Condition(String question, String equals, List<String> anyOf, Condition or) {

    public Condition {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    public List<String> values() {
        return equals != null ? List.of(equals) : anyOf;
    }

    public boolean holdsFor(Collection<String> chosen) {
        return values().stream().anyMatch(chosen::contains);
    }
}
