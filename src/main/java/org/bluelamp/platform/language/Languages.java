package org.bluelamp.platform.language;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The languages this force offers the public, from {@code bluelamp.languages} ({@code BLUELAMP_LANGUAGES}): "en" by
 * default, "cy,en" or "en,cy" for a Welsh force. The first is what a page is in until someone chooses another.
 */
@Component
public class Languages {

    private final List<Language> offered;

    Languages(@Value("${bluelamp.languages:en}") List<String> codes) {
        var languages = new ArrayList<Language>();
        for (String code : codes) {
            Language language;
            try {
                language = new Language(code.strip());
            } catch (IllegalArgumentException notACode) {
                throw new IllegalStateException("bluelamp.languages (BLUELAMP_LANGUAGES): " + notACode.getMessage());
            }
            if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        if (languages.isEmpty()) {
            throw new IllegalStateException("bluelamp.languages (BLUELAMP_LANGUAGES) must name at least one language, "
                    + "such as en or en,cy");
        }
        this.offered = List.copyOf(languages);
    }

    /** The languages with these codes, the first the default: for tests and tools without configuration. */
    public static Languages of(String... codes) {
        return new Languages(List.of(codes));
    }

    public List<Language> offered() {
        return offered;
    }

    /** What a public page is in until the reader chooses. */
    public Language first() {
        return offered.getFirst();
    }

    /** The offered language with this code; empty for anything else a request may carry. */
    public Optional<Language> find(String code) {
        return offered.stream().filter(language -> language.code().equals(code)).findFirst();
    }

    /** The offered language closest to a locale, or the first: what a page, a message or a copy is written in. */
    public Language closest(java.util.Locale locale) {
        return locale == null ? first() : find(locale.getLanguage()).orElse(first());
    }

    public boolean offersSeveral() {
        return offered.size() > 1;
    }
}
