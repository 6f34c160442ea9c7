package org.bluelamp.tracking;

import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The support services from configuration, in the reader's language. A service without its name or words in a
 * language the force offers stops the start, naming it, as a missing message does.
 */
@Component
class SupportServices {

    private final List<TrackingProperties.SupportService> services;

    SupportServices(TrackingProperties properties, Languages languages) {
        this.services = properties.supportServices();
        for (int i = 0; i < services.size(); i++) {
            var service = services.get(i);
            for (Language language : languages.offered()) {
                if (blank(service.name().get(language.code())) || blank(service.what().get(language.code()))) {
                    throw new IllegalStateException("bluelamp.tracking.support-services[" + i
                            + "] needs its name and what it does in " + language.code());
                }
            }
        }
    }

    /** The services as a reader of this language sees them. */
    List<OfferedSupport> in(Language language) {
        return services.stream().map(s -> new OfferedSupport(in(s.name(), language), in(s.what(), language), s.phone(),
                s.web(), s.web().replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", ""))).toList();
    }

    private static String in(java.util.Map<String, String> words, Language language) {
        var found = words.get(language.code());
        return blank(found) ? words.getOrDefault(Language.ENGLISH.code(), "") : found;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
