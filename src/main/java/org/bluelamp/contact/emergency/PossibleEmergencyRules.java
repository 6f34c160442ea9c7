package org.bluelamp.contact.emergency;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Placeholder until the rules land. */
@Component
public class PossibleEmergencyRules {
    private static final Pattern WORDS = Pattern.compile("(?i)\\b(knife|gun|happening now|kill)\\b");

    public EmergencyScan scan(String text) {
        var matches = new ArrayList<Match>();
        var m = WORDS.matcher(text);
        while (m.find()) matches.add(new Match("weapon", m.group(), m.start(), m.end()));
        return new EmergencyScan(matches);
    }

    public EmergencyScan scan(List<String> texts) {
        return new EmergencyScan(texts.stream().flatMap(t -> scan(t).matches().stream()).toList());
    }

    public String label(String category) { return category; }

    public static List<Segment> highlight(String text, List<Match> matches) {
        var segments = new ArrayList<Segment>();
        int at = 0;
        for (var m : matches) {
            if (m.start() < at) continue;
            segments.add(new Segment(text.substring(at, m.start()), false));
            segments.add(new Segment(text.substring(m.start(), m.end()), true));
            at = m.end();
        }
        segments.add(new Segment(text.substring(at), false));
        return segments;
    }
}
