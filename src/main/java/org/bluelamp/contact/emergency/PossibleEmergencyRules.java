package org.bluelamp.contact.emergency;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Flags free text that suggests someone may be in danger now, by phrases kept as data in
 * {@value #FILE} so anyone can see why a contact was flagged. Read once at start; a broken file stops the application
 * with a message naming every problem.
 */
@Component
public class PossibleEmergencyRules {

    static final String FILE = "contact/possible-emergency.yaml";
    private static final Pattern CATEGORY_ID = Pattern.compile("[a-z]+(-[a-z]+)*");

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<Category> categories;

    @Autowired
    PossibleEmergencyRules() throws IOException {
        this(categoriesFrom(new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8)));
    }

    private PossibleEmergencyRules(List<Category> categories) {
        this.categories = categories;
    }

    /** Rules from the text of a rules file, for tests and tools; the application reads {@value #FILE}. */
    public static PossibleEmergencyRules fromYaml(String yaml) {
        return new PossibleEmergencyRules(categoriesFrom(yaml));
    }

    private static List<Category> categoriesFrom(String yaml) {
        RulesFile file;
        try {
            file = MAPPER.readValue(yaml, RulesFile.class);
        } catch (JacksonException e) {
            throw new InvalidRulesException(List.of(e.getOriginalMessage()));
        }
        if (file == null || file.categories() == null || file.categories().isEmpty()) {
            throw new InvalidRulesException(List.of("it has no categories"));
        }
        var problems = new ArrayList<String>();
        var categories = new ArrayList<Category>();
        file.categories().forEach((id, entry) -> {
            if (!CATEGORY_ID.matcher(id).matches()) {
                problems.add("category \"" + id + "\" must be lower-case words joined by hyphens");
            }
            if (entry == null) {
                problems.add(id + ": has no label or phrases");
                return;
            }
            if (entry.label() == null || entry.label().isBlank()) {
                problems.add(id + ": has no label");
            }
            if (entry.phrases() == null || entry.phrases().isEmpty()) {
                problems.add(id + ": has no phrases");
            }
            var phrases = phrases(id + " phrases", entry.phrases(), problems);
            var unless = phrases(id + " unless", entry.unless(), problems);
            categories.add(new Category(id, entry.label(), phrases, unless));
        });
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        return List.copyOf(categories);
    }

    private static List<Phrase> phrases(String where, List<String> texts, List<String> problems) {
        var phrases = new ArrayList<Phrase>();
        for (String text : texts == null ? List.<String>of() : texts) {
            if (text == null || text.isBlank()) {
                problems.add(where + ": an empty phrase");
            } else if (!Phrase.FORMAT.matcher(text).matches()) {
                problems.add(where + ": \"" + text + "\" must be lower-case words one space apart, "
                        + "a \"*\" only at the end of a word");
            } else {
                phrases.add(Phrase.of(text));
            }
        }
        return phrases;
    }

    /** What the rules find in one text; offsets in the matches are into this text, for {@link #highlight}. */
    public EmergencyScan scan(String text) {
        if (text == null || text.isBlank()) {
            return EmergencyScan.NOTHING;
        }
        var matches = new ArrayList<Match>();
        for (Category category : categories) {
            matches.addAll(category.matchesIn(text));
        }
        return new EmergencyScan(matches);
    }

    /**
     * What the rules find in several texts (a report's answers, say), each scanned on its own so no phrase runs from
     * one into the next. Good for the flag, categories and terms; the matches' offsets are each into its own text,
     * so to highlight a text, scan that text alone.
     */
    public EmergencyScan scan(List<String> texts) {
        var scans = texts.stream().map(this::scan).toList();
        var matches = new ArrayList<Match>();
        for (Category category : categories) {
            for (EmergencyScan scan : scans) {
                scan.matches().stream().filter(m -> m.category().equals(category.id())).forEach(matches::add);
            }
        }
        return new EmergencyScan(matches);
    }

    /** The category's plain-English label, e.g. "Weapon mentioned" for "weapon". */
    public String label(String category) {
        return categories.stream().filter(c -> c.id().equals(category)).findFirst().map(Category::label)
                .orElseThrow(() -> new IllegalArgumentException("No possible-emergency category " + category));
    }

    /** The categories' ids, in the rules file's order. */
    public List<String> categories() {
        return categories.stream().map(Category::id).toList();
    }

    /**
     * The text cut into pieces that, put back together, are exactly the text; the matched words (overlapping
     * matches joined) are the highlighted pieces.
     */
    public static List<Segment> highlight(String text, List<Match> matches) {
        var sorted = matches.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        for (Match match : sorted) {
            if (match.end() > text.length()) {
                throw new IllegalArgumentException("A match at " + match.start() + ".." + match.end()
                        + " is not in this text; scan the text on its own to highlight it");
            }
        }
        var segments = new ArrayList<Segment>();
        int position = 0;
        int i = 0;
        while (i < sorted.size()) {
            Match first = sorted.get(i);
            int start = first.start();
            int end = first.end();
            for (i++; i < sorted.size() && sorted.get(i).start() < end; i++) {
                end = Math.max(end, sorted.get(i).end());
            }
            if (start > position) {
                segments.add(new Segment(text.substring(position, start), false));
            }
            segments.add(new Segment(text.substring(start, end), true));
            position = end;
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), false));
        }
        return segments;
    }

    /** A rules file that cannot be used, with everything wrong with it. */
    static final class InvalidRulesException extends IllegalStateException {
        InvalidRulesException(List<String> problems) {
            super(FILE + " is not a valid possible-emergency rules file:\n - " + String.join("\n - ", problems));
        }
    }
}
