package org.bluelamp.privacy.answer;

import org.bluelamp.privacy.answer.Disclosure.Line;
import org.bluelamp.privacy.answer.Disclosure.Redaction;
import org.bluelamp.privacy.answer.Disclosure.Refusal;
import org.bluelamp.privacy.answer.Disclosure.Section;

import org.bluelamp.platform.language.Language;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Disclosures for the writers' tests: what they must show, and what they must never contain. */
final class Disclosures {

    static final String THIRD_PARTY = "Information about another person (Data Protection Act 2018, section 45(4)(e))";
    static final String CRIME = "Prevention or detection of crime (Data Protection Act 2018, section 45(4)(a))";
    static final String WITHHELD = "Recordings of calls other people made about you";
    static final String WITHHELD_BECAUSE = "They are mostly about the callers (section 45(4)(e))";
    static final String WELSH_PLACE = "Tŷ Coch, Heol y Bont – “by the bridge”, ŵyn and â";
    /** Redacted, and so never to be found in an answer, in any case. */
    static final List<String> REDACTED = List.of("Gareth Price", "INT-99", "Oakfield group");

    private Disclosures() {
    }

    static Disclosure aCrimeReport() {
        return aCrimeReport(Language.ENGLISH);
    }

    /** The same records, answering a request made in the language (what people wrote stays as they wrote it). */
    static Disclosure aCrimeReport(Language language) {
        var report = new Section("Crime report", "CR-1234", Instant.parse("2026-07-03T14:05:00Z"),
                "Report of criminal damage", List.of(
                new Line("What happened", "My neighbour Gareth Price smashed the window. I saw GARETH PRICE run off.",
                        List.of(new Redaction("gareth price", THIRD_PARTY))),
                new Line("Where", WELSH_PLACE, List.of()),
                new Line("Officer’s notes", "Intelligence INT-99 links this to the Oakfield group, as before.",
                        List.of(new Redaction("INT-99", CRIME), new Redaction("oakfield GROUP", CRIME),
                                new Redaction(" ", CRIME))),
                new Line("Vehicle", "A police car 🚓 came; 警察 spoke to me", List.of())));
        var message = new Section("Message", "MSG-77", null, "Your message to us", List.of(
                new Line("Message", "Please tell Gareth Price's landlord.", List.of(new Redaction("Gareth Price", THIRD_PARTY)))));
        return new Disclosure("LP-2026-0042", "Bluelamp Police", "Siân Ŵyn Jones",
                Instant.parse("2026-11-25T10:00:00Z"), List.of(report, message),
                List.of(new Refusal(WITHHELD, WITHHELD_BECAUSE)), language);
    }

    /** Forty records of six lines, each line ending with a marker of its own, and a very long word. */
    static Disclosure aLongOne() {
        var sections = new ArrayList<Section>();
        for (int s = 1; s <= 40; s++) {
            var lines = new ArrayList<Line>();
            for (int l = 1; l <= 6; l++) {
                lines.add(new Line("Detail " + l, ("Something said at some length about what happened that day, "
                        + "with enough words to wrap across more than one line of the page. ").repeat(2)
                        + "marker-" + s + "-" + l, List.of()));
            }
            sections.add(new Section("Contact", "C-" + s, Instant.parse("2026-01-01T09:00:00Z"), "Contact " + s, lines));
        }
        sections.add(new Section("Link", "L-1", null, "A long link", List.of(new Line("Address",
                "https://example.org/" + "a".repeat(400) + "/end-of-link", List.of()))));
        return new Disclosure("LP-2026-0043", "Bluelamp Police", "Alex Morgan", Instant.parse("2026-06-30T23:30:00Z"),
                sections, List.of(), Language.ENGLISH);
    }
}
