package org.bluelamp.staff.factors;

import com.nulabinc.zxcvbn.Zxcvbn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is wrong with a new staff password, as message keys. NCSC advice: a minimum length and a deny-list of
 * guessable passwords, and no rules about digits or symbols, which only make people write passwords down.
 * Build one and share it: loading zxcvbn's word lists takes a moment and a few megabytes.
 */
public final class PasswordPolicy {

    static final String TOO_SHORT = "staff.password.too-short";
    static final String TOO_LONG = "staff.password.too-long";
    static final String PERSONAL = "staff.password.personal";
    static final String GUESSABLE = "staff.password.guessable";

    static final int MINIMUM_CHARACTERS = 12;
    /** bcrypt reads only the first 72 bytes, and Spring's encoder refuses to hash a longer password. */
    static final int MAXIMUM_UTF8_BYTES = 72;
    /**
     * zxcvbn's score 3 means about 10^8 guesses or more. Every password on its bundled list of ~30,000 common
     * ones scores 1 at most (its guesses are about its rank), so this also refuses the whole list.
     */
    static final int MINIMUM_SCORE = 3;
    /** Shorter parts of a name (Al, Tom) are left to zxcvbn: refusing any password with "tom" in it refuses "tomato". */
    private static final int MINIMUM_NAME_PART = 4;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * @param personalWords the username, the person's name and words about the service, such as the force's name:
     *                      the first guesses of someone who knows who the password belongs to
     * @return message keys, the most basic problem first; empty if the password is acceptable
     */
    public List<String> problems(String password, Collection<String> personalWords) {
        String candidate = password == null ? "" : password;
        List<String> words = personalWords.stream().filter(Objects::nonNull).toList();
        var problems = new ArrayList<String>();
        if (candidate.codePointCount(0, candidate.length()) < MINIMUM_CHARACTERS) {
            problems.add(TOO_SHORT);
        }
        boolean tooLong = candidate.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_UTF8_BYTES;
        if (tooLong) {
            problems.add(TOO_LONG);
        }
        if (containsPersonalWord(candidate, words)) {
            problems.add(PERSONAL);
        }
        // Not measured when too long: zxcvbn's work grows quickly with length, and this input comes from anyone.
        if (!tooLong && zxcvbn.measure(candidate, words).getScore() < MINIMUM_SCORE) {
            problems.add(GUESSABLE);
        }
        return List.copyOf(problems);
    }

    private static boolean containsPersonalWord(String password, List<String> personalWords) {
        String lower = password.toLowerCase(Locale.ROOT);
        return namesAndTheirParts(personalWords).stream().anyMatch(lower::contains);
    }

    /** "Jane Smith-Jones" gives "jane smith-jones", "janesmithjones", "jane", "smith" and "jones". */
    private static Set<String> namesAndTheirParts(List<String> personalWords) {
        var found = new LinkedHashSet<String>();
        for (String word : personalWords) {
            String lower = word.strip().toLowerCase(Locale.ROOT);
            found.add(lower);
            found.add(NOT_LETTER_OR_DIGIT.matcher(lower).replaceAll(""));
            found.addAll(List.of(NOT_LETTER_OR_DIGIT.split(lower)));
        }
        found.removeIf(part -> part.length() < MINIMUM_NAME_PART);
        return found;
    }
}
