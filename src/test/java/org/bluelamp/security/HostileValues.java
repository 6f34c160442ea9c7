package org.bluelamp.security;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The values an attacker or an unlucky keyboard types. Each that could become markup carries {@link #MARK} and the
 * case number, so a page that shows it as markup is caught and the case found again.
 */
final class HostileValues {

    static final String MARK = "HXQ";
    static final String TAG = "hxmark";
    static final String ATTRIBUTE = "hxattr";

    /** A kind of value: its name for the report, and the value for a case number. */
    record Kind(String name, IntFunction<String> value, boolean raw) {
    }

    static final List<Kind> KINDS = List.of(
            text("empty", n -> ""),
            text("blank", n -> " \t \r\n "),
            text("script", n -> "<script>alert('" + MARK + n + "')</script>"),
            text("img-onerror", n -> "\"><img src=x onerror=" + MARK + n + "><" + TAG + ">"),
            text("attribute-breakout", n -> "\" " + ATTRIBUTE + "=\"" + MARK + n + "\" x=\""),
            text("single-quote-breakout", n -> "' " + ATTRIBUTE + "='" + MARK + n + "' onfocus='" + MARK + n),
            text("textarea-breakout", n -> "</textarea></title></script><" + TAG + ">" + MARK + n + "</" + TAG + ">"),
            text("javascript-url", n -> "javascript:alert('" + MARK + n + "')"),
            text("svg", n -> "<svg onload=alert('" + MARK + n + "')><" + TAG + "/>"),
            text("sql", n -> "' OR '1'='1'; DROP TABLE contact; -- " + MARK + n),
            text("sql-numeric", n -> "1 OR 1=1) UNION SELECT password_hash FROM staff_account --"),
            text("format-string", n -> "%s%s%s%n%x %1$s {0} ${7*7} #{7*7} ${jndi:ldap://x/" + MARK + n + "} @{x}"),
            text("long", n -> ("A" + MARK + n + " ").repeat(100_000 / (5 + String.valueOf(n).length()))),
            text("long-unicode", n -> "🚓👮🏽‍♀️".repeat(12_000)),
            text("rtl-zero-width", n -> "\u202Egnp.exe\u202C\u200B\u200C\u200D\uFEFF\u2066" + MARK + n + "\u2069"),
            text("emoji-combining", n -> "Z̴̡̛͠a̷̤̐l̶g̸o̵ 🏳️‍🌈 👨‍👩‍👧‍👦 " + MARK + n),
            text("control-characters", n -> "a\u0000b\u0001c\u0007d\u001Be\u007Ff\u0085g\u2028h\u2029i"),
            text("crlf-header", n -> "x\r\nSet-Cookie: hx=1\r\nLocation: https://evil.example/\r\n\r\n<" + TAG + ">"),
            text("path", n -> "../../../../etc/passwd%00.jpg"),
            text("number-huge", n -> "999999999999999999999999999999"),
            text("number-negative", n -> "-2147483649"),
            text("number-odd", n -> List.of("NaN", "1e309", "-0", "0x1F", "١٢٣", "Infinity").get(n % 6)),
            text("date-31-february", n -> "31/02/2024"),
            text("year-zero", n -> "0"),
            text("year-99999", n -> "99999"),
            text("reference-like", n -> "LP-" + "Z".repeat(n % 3 + 5) + "<" + TAG + ">"),
            text("email-like", n -> "\"<" + TAG + ">\"@example.com"),
            raw("lone-surrogate", n -> "%ED%A0%80" + MARK + n + "%ED%B0%80"),
            raw("invalid-utf8", n -> "%FF%FE%C0%AF%80" + MARK + n),
            raw("percent-garbage", n -> "%%ZZ%4" + MARK + n));

    private HostileValues() {
    }

    static Kind pick(Random random) {
        return KINDS.get(random.nextInt(KINDS.size()));
    }

    /** A kind short enough for a path segment or a query value. */
    static Kind pickShort(Random random) {
        Kind kind;
        do {
            kind = pick(random);
        } while (kind.name().startsWith("long"));
        return kind;
    }

    private static Kind text(String name, IntFunction<String> value) {
        return new Kind(name, value, false);
    }

    private static Kind raw(String name, IntFunction<String> value) {
        return new Kind(name, value, true);
    }
}
