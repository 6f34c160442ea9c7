package org.bluelamp.contact;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How often the reporter agreed to be kept updated (Victims' Code, right 6), as the officer records it on the contact.
 * The code is stored (contact.agreed_updates) and names the words (messages: updates.frequency.{code}). An agreed
 * period shorter than the Victims' Code's longest gap ({@code victim-update-every}) makes the update clock shorter.
 */
public enum UpdateFrequency {
    WEEKLY("weekly", Period.ofWeeks(1)),
    EVERY_2_WEEKS("every-2-weeks", Period.ofWeeks(2)),
    EVERY_4_WEEKS("every-4-weeks", Period.ofWeeks(4)),
    /** No period of their own: the code's longest gap still applies. */
    WHEN_SOMETHING_CHANGES("when-something-changes", null);

    private final String code;
    private final Period every;

    UpdateFrequency(String code, Period every) {
        this.code = code;
        this.every = every;
    }

    /** How long between updates, in calendar days; empty for "only when something changes". */
    public Optional<Period> every() {
        return Optional.ofNullable(every);
    }

    public String code() {
        return code;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(UpdateFrequency::code).toList();
    }

    public static Optional<UpdateFrequency> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
