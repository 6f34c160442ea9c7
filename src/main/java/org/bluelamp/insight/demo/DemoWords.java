package org.bluelamp.insight.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The invented words demo records are written in: short lists of first names and surnames put together at random,
 * places that exist nowhere in particular, and accounts a reporter might give for each report type. Every email is
 * at example.com and every phone number is in Ofcom's 07700 900xxx range kept for drama, so no one real is named.
 */
final class DemoWords {

    static final List<String> FIRST = List.of("Alex", "Sam", "Jordan", "Priya", "Tomasz", "Aisha", "Gareth", "Morgan",
            "Chloe", "Kwame", "Fatima", "Rhys", "Hannah", "Ravi", "Zofia", "Owen", "Megan", "Imran", "Eleri", "Joe");
    static final List<String> LAST = List.of("Ashdown", "Brightwell", "Calloway", "Dunmore", "Everley", "Fairbrook",
            "Gatesby", "Hollins", "Ingleby", "Jessop", "Kettleby", "Larkwood", "Merriman", "Northam", "Oakridge",
            "Pennick", "Quarrie", "Rushworth", "Stanwick", "Thornbury");
    static final List<String> PLACES = List.of("the car park behind Mill Lane", "outside the shop on Station Road",
            "the park by the leisure centre", "my front garden", "the bus station", "the back of Church Street",
            "the retail park", "outside my flat", "the canal towpath", "the school gates");
    static final List<String> ITEMS = List.of("bicycle", "mobile phone", "laptop", "handbag", "wallet", "car keys",
            "power tools", "catalytic converter", "parcel", "e-scooter");

    /** What a reporter says happened, by report type; {item} and {place} are filled in. */
    private static final Map<String, List<String>> ACCOUNTS = Map.ofEntries(
            Map.entry("crime", List.of("Someone took my {item} from {place}. I did not see who.",
                    "My car window was smashed at {place} and my {item} was taken.",
                    "A man pushed me and shouted at me at {place}. I was not badly hurt.",
                    "Someone sprayed paint on my fence at {place} overnight.")),
            Map.entry("hate-crime", List.of("A group shouted abuse about my religion at {place}.",
                    "Someone left an offensive note about my family at {place}.")),
            Map.entry("fraud", List.of("I paid for a {item} online and it never came. The seller stopped answering.",
                    "Someone called pretending to be my bank and I moved money to them.")),
            Map.entry("anti-social-behaviour", List.of("Young people are riding motorbikes on {place} every evening.",
                    "Loud music from a house near {place} until the early hours, most weekends.",
                    "Rubbish has been dumped at {place} again.")),
            Map.entry("road-traffic-collision", List.of("A car reversed into mine at {place}. We swapped details.",
                    "I was knocked off my bicycle at {place}. Minor cuts only.")),
            Map.entry("lost-or-stolen-vehicle", List.of("My car was parked at {place} overnight and has gone.",
                    "My van was taken from {place}; the keys are still with me.")),
            Map.entry("missing-person", List.of("My son has not come home since yesterday and is not answering his phone.",
                    "My elderly neighbour has not been seen for two days.")),
            Map.entry("lost-property", List.of("I lost my {item} at {place}.", "I left my {item} on the bus.")),
            Map.entry("found-property", List.of("I found a {item} at {place} and handed it in.",
                    "I found a {item} at {place}; I still have it.")),
            Map.entry("information", List.of("A car keeps stopping at {place} late at night for a few minutes.",
                    "People are coming and going from a house near {place} at all hours.")),
            Map.entry("feedback", List.of("The officer who came round was kind and kept me informed. Thank you.",
                    "I waited a long time for a call back after reporting something.")),
            Map.entry("bsl-video-message", List.of("(BSL video message) My {item} was stolen from {place}.",
                    "(BSL video message) Noise from neighbours near {place} every night.")));

    static final List<String> OUTCOMES = List.of(
            "We reviewed what you told us and the CCTV nearby. There are no further lines of enquiry, so we have closed it.",
            "An officer spoke to those involved and gave advice. We have closed your report.",
            "Your property has been returned to you, so we have closed your report.",
            "We have passed this to the team who deal with it and there is nothing more for us to do.",
            "A person has been charged. The court will contact you about the next steps.");
    static final List<String> FILE_NOTES = List.of("Recorded for information.", "Logged for the neighbourhood team's briefing.",
            "No further action needed: information only.");
    static final List<String> NOT_A_CRIME = List.of("No offence disclosed after speaking to the reporter.",
            "A civil matter between the two people.", "Already recorded under another reference.");
    static final List<String> CONTACT_NOTES = List.of("Spoke to the reporter and explained what happens next.",
            "Left a message and sent an email.", "Called back and confirmed the details.");
    static final List<String> UPDATE_NOTES = List.of("Update given: enquiries continue.",
            "Update given: waiting for CCTV.", "Update given: the officer will visit next week.");
    static final List<String> THRIVE = List.of("No threat now.", "Low harm; reporter is safe.",
            "Some risk of it happening again.", "Enquiries possible: CCTV may exist.",
            "No vulnerability disclosed.", "Reporter is happy to engage.");
    static final List<String> CHAT_ABOUT = List.of("Something was stolen from my garden", "Noisy neighbours again",
            "A question about a report I made", "Someone is trying to scam me", "I found a wallet",
            "Where do I report a pothole?");

    private DemoWords() {
    }

    static String account(String serviceId, RandomGenerator random) {
        var accounts = ACCOUNTS.getOrDefault(serviceId, ACCOUNTS.get("information"));
        return pick(accounts, random).replace("{item}", pick(ITEMS, random)).replace("{place}", pick(PLACES, random));
    }

    static <T> T pick(List<T> from, RandomGenerator random) {
        return from.get(random.nextInt(from.size()));
    }
}
