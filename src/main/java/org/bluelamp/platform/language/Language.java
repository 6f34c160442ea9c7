package org.bluelamp.platform.language;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * A language the public pages can be read in, by its ISO 639 code: "en", "cy", "pl". Its own name ("Cymraeg") and
 * the tag pages carry ({@code lang="cy"}) are words in its own messages file, so a new language needs no code.
 */
public record Language(@JsonValue String code) {

    /** The language of the base files (messages.properties, services/*.yaml, notify/templates.yaml) and of staff. */
    public static final Language ENGLISH = new Language("en");

    public Language {
        if (code == null || !code.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("A language is a two- or three-letter ISO 639 code such as en or cy, not "
                    + code);
        }
    }

    /**
     * A language stored by us (a column, an event's JSON as a plain code); null or empty, as in what was stored
     * before languages were, is English.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Language stored(String code) {
        return code == null || code.isBlank() ? ENGLISH : new Language(code);
    }

    public Locale locale() {
        return Locale.of(code);
    }

    /** The language of a locale Spring resolved, e.g. a page's. */
    public static Language of(Locale locale) {
        return new Language(locale.getLanguage());
    }

    public boolean isBase() {
        return equals(ENGLISH);
    }

    /** The suffix of this language's files: "" for the base files, "_cy" for Welsh. */
    public String fileSuffix() {
        return isBase() ? "" : "_" + code;
    }

    @Override
    public String toString() {
        return code;
    }
}
