package org.bluelamp.platform.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words for people written straight into a template or a Java class instead of a message key, which would stay
 * English on a Welsh page. Templates: text between tags and the attributes a reader hears or sees (aria-label, alt,
 * title, placeholder, a button's value), once expressions ({@code ${...}}, {@code !{...}}), directives
 * ({@code @if(...)}, {@code @template...(...)}) and comments are taken out; content blocks ({@code @`...`}) inside a
 * directive are text again. Java: string literals that read as English words, outside logging, exceptions,
 * annotations and SQL.
 */
final class WrittenEnglish {

    /** Something written in a file, and what: "text" or an attribute's name. */
    record Finding(String file, int line, String where, String text) {

        /** How the allow-list names it: the file and the words. */
        String entry() {
            return file + " | " + text;
        }

        @Override
        public String toString() {
            return file + ":" + line + " (" + where + ") " + text;
        }
    }

    private static final Set<String> READ_ATTRIBUTES = Set.of("aria-label", "alt", "title", "placeholder");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!DOCTYPE[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    /** Two or more words of letters, as a sentence or a label is written: "Report a crime", "Date of birth". */
    private static final Pattern ENGLISH = Pattern.compile(
            "^\\s*[\\p{L}][\\p{L}']*(?:[ ,:;]+[(\\p{L}][\\p{L}')]*){1,}[ .?!:,)]*\\s*$");
    /** Statements whose words are for staff reading logs or errors, or for the database. */
    private static final Pattern NOT_FOR_PEOPLE = Pattern.compile(
            "\\b(log|LOG|logger|LOGGER)\\s*\\.|\\bthrow\\b|Exception\\s*\\(|Error\\s*\\(|^\\s*@|\\bassert|\\.sql\\(|"
                    + "\\.describedAs\\(|\\.as\\(|Objects\\.requireNonNull|\\bcheckState\\b|\\.description\\(|"
                    + "FailureAnalysis\\(|System\\.(out|err)|\\.print(ln|f)?\\(|"
                    // start-up checks of the force's definitions and monitoring figures, for those who run Bluelamp
                    + "\\bproblems\\b|FigureGauge\\.");
    /** A constructor handing its message to an exception's. */
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("extends\\s+\\w*(Exception|Error|Throwable)\\b");
    private static final Pattern DELEGATION = Pattern.compile("^\\s*(super|this)\\s*\\(");
    /** Date and time patterns ("EEEE d MMMM yyyy", "h:mma") and SQL are not words for people. */
    private static final Pattern DATE_PATTERN = Pattern.compile("[GyYMLdDEeaHhKkmsSu :.,'/-]+");
    private static final Pattern SQL = Pattern.compile(
            "\\b(SELECT|FROM|WHERE|AND|NOT IN|BETWEEN|COPY|INSERT|UPDATE|DELETE|ORDER BY|JOIN)\\b");

    private WrittenEnglish() {
    }

    /** What a template writes directly for people. */
    static List<Finding> inTemplate(String file, String source) {
        var text = new StringBuilder(source.length());
        blankCode(source, 0, source.length(), text, false);
        var findings = new ArrayList<Finding>();
        String html = text.toString();
        html = blankBetween(html, "<script", "</script>");
        html = blankBetween(html, "<style", "</style>");
        Matcher tag = TAG.matcher(html);
        int after = 0;
        while (tag.find()) {
            textBetween(file, source, html, after, tag.start(), findings);
            if (tag.group(2) != null) {
                attributes(file, source, tag, findings);
            }
            after = tag.end();
        }
        textBetween(file, source, html, after, html.length(), findings);
        return findings;
    }

    /** What a Java class writes for people: literals of English words outside logs, exceptions, annotations, SQL. */
    static List<Finding> inJava(String file, String source) {
        var findings = new ArrayList<Finding>();
        var code = new StringBuilder(source);
        var literals = new ArrayList<int[]>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(code, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(code, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                blank(code, i, end); // text blocks here are SQL and JSON; a sentence in one is rare enough to read
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new int[] {i + 1, Math.min(end, source.length())});
                }
                blank(code, i + 1, Math.min(end, source.length()));
                i = end + 1;
            } else {
                i++;
            }
        }
        String masked = code.toString();
        boolean exceptionClass = EXCEPTION_CLASS.matcher(masked).find();
        for (int[] literal : literals) {
            String value = source.substring(literal[0], literal[1]).replace("\\n", " ").replace("\\\"", "\"");
            if (!looksEnglish(value)) {
                continue;
            }
            String statement = statementAround(masked, literal[0]);
            if (NOT_FOR_PEOPLE.matcher(statement).find()
                    || (exceptionClass && DELEGATION.matcher(statement).find())) {
                continue;
            }
            findings.add(new Finding(file, lineOf(source, literal[0]), "literal", value.strip()));
        }
        return findings;
    }

    static boolean looksEnglish(String value) {
        return ENGLISH.matcher(value).matches() && !value.strip().equals(value.strip().toUpperCase(Locale.ROOT))
                && !DATE_PATTERN.matcher(value).matches() && !SQL.matcher(value).find() && !value.contains("::");
    }

    /** From the end of the previous statement or block to the end of this one. */
    private static String statementAround(String masked, int at) {
        int start = at;
        while (start > 0 && ";{}".indexOf(masked.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < masked.length() && ";{".indexOf(masked.charAt(end)) < 0) {
            end++;
        }
        return masked.substring(start, end);
    }

    /**
     * Copies template text, replacing expressions, directives and comments with spaces (lines kept), and keeping the
     * text of content blocks inside directives.
     */
    private static int blankCode(String s, int from, int to, StringBuilder out, boolean inContentBlock) {
        int i = from;
        while (i < to) {
            if (inContentBlock && s.charAt(i) == '`') {
                return i;
            }
            if (s.startsWith("<%--", i)) {
                i = skipTo(s, i, s.indexOf("--%>", i) + 4, out);
            } else if (s.startsWith("<!--", i)) {
                i = skipTo(s, i, s.indexOf("-->", i) + 3, out);
            } else if (s.startsWith("${", i) || s.startsWith("!{", i)) {
                i = expression(s, i + 1, '{', '}', out, i);
            } else if (s.startsWith("$unsafe{", i)) {
                i = expression(s, i + 7, '{', '}', out, i);
            } else if (s.charAt(i) == '@' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.'
                        || s.charAt(j) == '_')) {
                    j++;
                }
                String word = s.substring(i + 1, j);
                if (word.equals("import") || word.equals("param")) {
                    int end = s.indexOf('\n', j);
                    i = skipTo(s, i, end < 0 ? s.length() : end, out);
                } else if (j < s.length() && s.charAt(j) == '(') {
                    pad(out, j - i);
                    i = expression(s, j, '(', ')', out, j);
                } else {
                    i = skipTo(s, i, j, out); // @else, @endif, @endfor, @raw
                }
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return i;
    }

    /** Blanks a bracketed expression from its opening bracket, keeping the text of any content block in it. */
    private static int expression(String s, int open, char opening, char closing, StringBuilder out, int start) {
        pad(out, open - start + 1);
        int depth = 1;
        int i = open + 1;
        while (i < s.length() && depth > 0) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != '"') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                i = skipTo(s, i, end + 1, out);
                continue;
            }
            if (c == '@' && i + 1 < s.length() && s.charAt(i + 1) == '`') {
                pad(out, 2);
                int end = blankCode(s, i + 2, s.length(), out, true);
                pad(out, 1);
                i = end + 1;
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closing) {
                depth--;
            }
            out.append(c == '\n' ? '\n' : ' ');
            i++;
        }
        return i;
    }

    private static int skipTo(String s, int from, int to, StringBuilder out) {
        int end = to < from ? s.length() : Math.min(to, s.length());
        for (int k = from; k < end; k++) {
            out.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
        return end;
    }

    private static void pad(StringBuilder out, int n) {
        out.append(" ".repeat(Math.max(0, n)));
    }

    private static void blank(StringBuilder code, int from, int to) {
        for (int k = from; k < to; k++) {
            if (code.charAt(k) != '\n') {
                code.setCharAt(k, ' ');
            }
        }
    }

    private static String blankBetween(String html, String open, String close) {
        var out = new StringBuilder(html);
        String lower = html.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(open);
        while (at >= 0) {
            int end = lower.indexOf(close, at);
            end = end < 0 ? html.length() : end;
            int tagEnd = html.indexOf('>', at);
            blank(out, tagEnd < 0 ? at : tagEnd + 1, end);
            at = lower.indexOf(open, end + 1);
        }
        return out.toString();
    }

    private static void textBetween(String file, String source, String html, int from, int to, List<Finding> out) {
        String text = html.substring(from, to).replaceAll("&[a-zA-Z]+;|&#\\d+;", " ");
        if (LETTERS.matcher(text).find()) {
            int offset = from + (text.length() - text.stripLeading().length());
            out.add(new Finding(file, lineOf(source, offset), "text", text.strip().replaceAll("\\s+", " ")));
        }
    }

    private static void attributes(String file, String source, Matcher tag, List<Finding> out) {
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        String attributes = tag.group(3);
        boolean button = name.equals("input") && attributes.matches("(?s).*type\\s*=\\s*\"(submit|button|reset)\".*");
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String key = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = attribute.group(2).substring(1, attribute.group(2).length() - 1);
            if ((READ_ATTRIBUTES.contains(key) || (button && key.equals("value"))) && LETTERS.matcher(value).find()) {
                out.add(new Finding(file, lineOf(source, tag.start()), key, value.strip()));
            }
        }
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int k = 0; k < Math.min(offset, source.length()); k++) {
            if (source.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
