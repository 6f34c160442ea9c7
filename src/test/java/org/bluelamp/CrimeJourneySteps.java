package org.bluelamp;

import java.util.List;

/**
 * The crime journey after the emergency question, page by page, as data: for tests and benchmarks that drive many
 * journeys. The story (what happened) is given per journey so each report can be told apart.
 */
public final class CrimeJourneySteps {

    /** A question and the form sent for it, name, value, name, value... */
    public record Step(String question, List<String> form) {

        public String path() {
            return "/report/crime/" + question;
        }

        public String[] formWith(String story) {
            return form.stream().map(value -> value.equals(STORY) ? story : value).toArray(String[]::new);
        }
    }

    private static final String STORY = "(story)";

    public static final List<Step> STEPS = List.of(
            new Step("crime-type", List.of("crime-type", "criminal-damage")),
            new Step("what-happened", List.of("what-happened", STORY)),
            new Step("when", List.of("when", "exact", "when-exact-day", "3", "when-exact-month", "11",
                    "when-exact-year", "2026", "when-exact-time", "9am")),
            new Step("where", List.of("where", "address", "where-line1", "1 Library Street", "where-town", "Leicester",
                    "where-postcode", "le1 1aa")),
            new Step("anything-stolen", List.of("anything-stolen", "no")),
            new Step("anything-damaged", List.of("anything-damaged", "no")),
            new Step("suspect", List.of("suspect", "no")),
            new Step("witnesses", List.of("witnesses", "not-sure")),
            new Step("evidence", List.of("evidence", "no")),
            new Step("reporter-role", List.of("reporter-role", "victim")),
            new Step("your-name", List.of("your-name", "Alex Example")),
            new Step("date-of-birth", List.of("date-of-birth-day", "27", "date-of-birth-month", "3",
                    "date-of-birth-year", "1985")),
            new Step("your-address", List.of("your-address-line1", "2 Home Road", "your-address-town", "Leicester",
                    "your-address-postcode", "LE2 2BB")),
            new Step("contact-details", List.of("contact-details-email", "alex@example.com")),
            new Step("preferred-contact", List.of("preferred-contact", "email")),
            new Step("safe-to-contact", List.of("safe-to-contact", "any-time")),
            new Step("support-needs", List.of("support-needs", "none")));

    public static final String START = "/report/crime";
    public static final String SUBMIT = "/report/crime/submit";
    public static final String CONFIRMATION = "/report/crime/confirmation";

    private CrimeJourneySteps() {
    }

    /**
     * The same journey with other contact answers: an email and a phone (either may be empty), how they want to hear
     * from us, whether it is safe, and the safe times if only at certain times.
     */
    public static List<Step> contactedBy(String email, String phone, String preference, String safety,
                                         String... safeTimes) {
        var steps = new java.util.ArrayList<Step>();
        for (Step step : STEPS) {
            switch (step.question()) {
                case "contact-details" -> steps.add(new Step("contact-details",
                        List.of("contact-details-email", email, "contact-details-phone", phone)));
                case "preferred-contact" -> steps.add(new Step("preferred-contact", List.of("preferred-contact", preference)));
                case "safe-to-contact" -> {
                    steps.add(new Step("safe-to-contact", List.of("safe-to-contact", safety)));
                    if (safeTimes.length > 0) {
                        var form = new java.util.ArrayList<String>();
                        for (String window : safeTimes) {
                            form.add("safe-times");
                            form.add(window);
                        }
                        steps.add(new Step("safe-times", form));
                    }
                }
                default -> steps.add(step);
            }
        }
        return List.copyOf(steps);
    }

    /** The same journey with another answer to "Do you need any support to talk to us?": its form, name, value... */
    public static List<Step> withSupportNeeds(String... form) {
        return STEPS.stream().map(step -> step.question().equals("support-needs")
                ? new Step("support-needs", List.of(form)) : step).toList();
    }
}
