package org.bluelamp.platform.language;

/**
 * One language in the language link of a public page.
 *
 * @param name    the language's name in itself: "Cymraeg", "English"
 * @param tag     its tag, for {@code lang} and {@code hreflang}: "cy", "en-GB"
 * @param url     this same page in it
 * @param current whether the page is in it now
 */
public record LanguageLink(String name, String tag, String url, boolean current) {
}
