package org.bluelamp.reporting.upload;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * What a PDF says about its own size, read from its bytes before PDFBox is let near it. PDFBox keeps an entry for
 * every object a cross-reference stream lists, and the stream is compressed: a few kilobytes can list millions. The
 * counts that decide it ({@code /Size} and {@code /Index} of a cross-reference stream, {@code /N} of an object stream)
 * are in stream dictionaries, which are never compressed, so they are read here; so is how many objects the bytes
 * hold as text, which is what PDFBox finds when it searches a damaged file. Over the limit, the file is refused.
 */
final class PdfDeclarations {

    /** Whitespace or a comment between two tokens; possessive, so hostile text cannot make the search backtrack. */
    private static final String GAP = "(?:[\\x00\\t\\n\\f\\r ]|%[^\\r\\n]*+)";
    /** A name ends at white space or a delimiter: /N is not /Next. */
    private static final String END_OF_NAME = "(?![^\\x00\\t\\n\\f\\r ()<>\\[\\]{}/%])";
    private static final Pattern COUNT = Pattern.compile(
            "/(Size|N)" + END_OF_NAME + GAP + "*+\\+?(\\d++)(" + GAP + "++\\d++" + GAP + "++R)?");
    private static final Pattern INDEX = Pattern.compile("/Index" + END_OF_NAME + GAP + "*+\\[([^\\]]*+)]");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");

    private PdfDeclarations() {
    }

    static void check(byte[] pdf, int maxObjects) {
        if (objectsAsText(pdf) > maxObjects) {
            throw tooMany();
        }
        // A name may be written with #xx escapes (/S#69ze is /Size): undone everywhere, since this only looks.
        String text = unescape(new String(pdf, ISO_8859_1));
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            boolean indirect = count.group(3) != null;
            if (indirect) {
                // A trailer's or cross-reference stream's /Size must be direct; /N may name an appearance (12 0 R).
                if (count.group(1).equals("Size")) {
                    throw tooMany();
                }
            } else if (exceeds(count.group(2), maxObjects)) {
                throw tooMany();
            }
        }
        Matcher index = INDEX.matcher(text);
        while (index.find()) {
            Matcher numbers = NUMBER.matcher(index.group(1));
            long listed = 0;
            for (int i = 0; numbers.find(); i++) {
                // [first count first count ...]: each second number is how many objects follow.
                if (i % 2 == 1 && (exceeds(numbers.group(), maxObjects)
                        || (listed += Long.parseLong(numbers.group())) > maxObjects)) {
                    throw tooMany();
                }
            }
        }
    }

    /** How many times "obj" follows a digit or white space as a word of its own, as in "12 0 obj". */
    static int objectsAsText(byte[] pdf) {
        int found = 0;
        for (int at = 1; at + 3 <= pdf.length; at++) {
            if (pdf[at] == 'o' && pdf[at + 1] == 'b' && pdf[at + 2] == 'j' && startsWord(pdf[at - 1])
                    && (at + 3 == pdf.length || !Character.isLetterOrDigit(pdf[at + 3] & 0xFF))) {
                found++;
            }
        }
        return found;
    }

    private static boolean startsWord(byte before) {
        return before >= '0' && before <= '9' || before == ' ' || before == '\n' || before == '\r' || before == '\t'
                || before == '\f' || before == 0;
    }

    private static boolean exceeds(String digits, int most) {
        String value = digits.replaceFirst("^0+(?=.)", "");
        return value.length() > 9 || Long.parseLong(value) > most;
    }

    private static String unescape(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        return ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static FileOverLimitException tooMany() {
        return new FileOverLimitException(FileOverLimitException.Limit.OBJECTS, "The PDF file has too many objects");
    }
}
