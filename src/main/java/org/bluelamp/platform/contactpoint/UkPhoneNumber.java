package org.bluelamp.platform.contactpoint;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

import java.util.Optional;
import java.util.Set;

/**
 * A UK phone number checked and normalised to E.164 (+447700900982) with Google's libphonenumber, so numbers typed
 * as 07700 900982, +44 7700 900982 or (07700) 900982 are one number; only a mobile can receive a text.
 */
public record UkPhoneNumber(String e164, boolean mobile) {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    /** The UK and the Crown Dependencies, which share its numbering plan. */
    private static final Set<String> UK_REGIONS = Set.of("GB", "GG", "JE", "IM");
    /**
     * Ofcom keeps 07700 900000 to 900999 for drama and examples, so nobody's phone rings; libphonenumber calls them
     * invalid, but they are the right numbers for hints, demonstrations and tests.
     */
    private static final String DRAMA_MOBILES = "+447700900";

    public UkPhoneNumber {
        if (e164 == null || !e164.startsWith("+")) {
            throw new IllegalArgumentException("Not an E.164 number");
        }
    }

    /** A UK number as a person typed it, or empty if it is not a valid UK number. */
    public static Optional<UkPhoneNumber> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            var number = NUMBERS.parse(typed, "GB");
            String e164 = NUMBERS.format(number, PhoneNumberFormat.E164);
            if (e164.startsWith(DRAMA_MOBILES) && e164.length() == DRAMA_MOBILES.length() + 3) {
                return Optional.of(new UkPhoneNumber(e164, true));
            }
            String region = NUMBERS.getRegionCodeForNumber(number);
            if (!NUMBERS.isValidNumber(number) || region == null || !UK_REGIONS.contains(region)) {
                return Optional.empty();
            }
            var type = NUMBERS.getNumberType(number);
            boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
            return Optional.of(new UkPhoneNumber(e164, mobile));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** The number as people in the UK write it: 07700 900982. */
    public String display() {
        try {
            return NUMBERS.format(NUMBERS.parse(e164, "GB"), PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException cannotHappen) {
            return e164;
        }
    }

    /** For screens where the whole number should not be shown: "••• ••• 982". */
    public String masked() {
        return "•••• ••• " + e164.substring(e164.length() - 3);
    }

    @Override
    public String toString() {
        return "UkPhoneNumber[…]";
    }
}
