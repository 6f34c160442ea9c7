package org.bluelamp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The personal data the tests type in as members of the public and staff would: names, emails, phone numbers,
 * addresses and what people wrote. None of it may reach a log; LogsHoldNoPersonalDataIT searches every log of the
 * test run for it. Add a test's new distinctive value here; emails and phone numbers in the reserved example ranges
 * are found by pattern, whichever test typed them.
 */
public final class TestPersonalData {

    /** Distinctive values typed by the tests (compared ignoring case). */
    public static final List<String> VALUES = List.of(
            // names
            "Alex Example", "Sam Caller", "Sam Example", "Sam Driver", "Robin Signer", "Pat Missing", "Jo Bloggs",
            "Zebedee", "Quorthwaite", "Ottoline", "Brackenbury", "Morwenna", "Ifan Pritchard",
            // addresses
            "2 Home Road", "1 Library Street", "4 Last Seen Road", "LE2 2BB", "LE1 1AA",
            // what people wrote
            "Bike taken from the shed overnight", "Someone sprayed paint on my garage door",
            "Phone smashed at the bus stop", "My phone was taken from my bag",
            "My bike was taken from outside the library", "A car reversed into mine at the lights",
            "Black phone in a green case", "Shouting in the street", "Someone got into the shed");

    /** Emails at the example domains, and phone numbers in Ofcom's ranges for drama (07700 900xxx, 0116 496 0xxx). */
    public static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("[A-Za-z0-9._%+-]+@example\\.(com|org|net)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(\\+44\\s?7700|07700)\\s?900\\s?\\d{3}"),
            Pattern.compile("(\\+44\\s?116|0116)\\s?496\\s?0\\d{3}"));

    private TestPersonalData() {
    }
}
