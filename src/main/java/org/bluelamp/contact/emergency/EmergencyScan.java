package org.bluelamp.contact.emergency;

import java.util.List;

public record EmergencyScan(List<Match> matches) {
    public boolean flagged() { return !matches.isEmpty(); }
    public List<String> categories() { return matches.stream().map(Match::category).distinct().toList(); }
    public List<String> terms() { return matches.stream().map(m -> m.term().toLowerCase()).distinct().toList(); }
}
