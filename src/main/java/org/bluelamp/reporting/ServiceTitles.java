package org.bluelamp.reporting;

import org.bluelamp.platform.language.Language;

import java.util.Optional;

/**
 * The name of a kind of report in a language, for public pages that show a report sent earlier (tracking): what is
 * stored is the English title, the page is in the reader's language.
 */
public interface ServiceTitles {

    /** The service's title in the language; empty for a service no longer offered. */
    Optional<String> title(String serviceId, Language language);
}
