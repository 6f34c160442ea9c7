package org.bluelamp.platform;

import org.bluelamp.platform.language.Dates;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageLink;
import org.bluelamp.platform.language.Languages;
import org.springframework.context.MessageSource;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every page's layout needs besides its own content: the force, the form token, where we are, who is
 * signed in, the words in the reader's language and the URLs of the styles and scripts.
 *
 * @param sessionTimeout how long the signed-in session lasts idle, for the warning before it ends; null with none
 * @param bslRelayHours  the BSL video relay's hours, for every page that says them
 * @param query          the address's query, without "?", for the language link; null with none
 * @param languages      the languages the public side is offered in
 */
public record Frame(ForceProperties force, String csrfParameter, String csrfToken, String path, String staffName,
                    Set<String> staffAuthorities, MessageSource messages, Locale locale, AssetUrls assetUrls,
                    Duration sessionTimeout, BslRelayHours bslRelayHours, String query, Languages languages)
        implements Texts {

    /** The HMRC and GOV.UK pattern warns 2 minutes before; a short timeout is warned of half-way. */
    private static final Duration WARNING = Duration.ofMinutes(2);

    @Override
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The language the page is in. */
    public Language language() {
        return Language.of(locale);
    }

    /** Dates and times as the page's language writes them. */
    public Dates dates() {
        return new Dates(this, locale);
    }

    /**
     * The language link: every offered language, each with this page's address in it; none on staff pages or when
     * the force offers one language.
     */
    public List<LanguageLink> languageLinks() {
        if (staffArea() || !languages.offersSeveral()) {
            return List.of();
        }
        String rest = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return languages.offered().stream().map(language -> new LanguageLink(
                messages.getMessage("language.name", null, language.locale()),
                messages.getMessage("language.tag", null, language.locale()),
                path + "?" + (rest.isEmpty() ? "" : rest + "&") + "lang=" + language.code(),
                language.equals(language()))).toList();
    }

    /** When the BSL video relay is open, "8am to midnight, every day", from the relay's hours. */
    public String bslHours() {
        return bslRelayHours.inWords(this);
    }

    public boolean staffArea() {
        return path.startsWith("/staff");
    }

    public boolean signedIn() {
        return staffName != null;
    }

    /** Whether the signed-in member of staff holds this authority (a permission's name), to show only what they may open. */
    public boolean staffMay(String authority) {
        return staffAuthorities.contains(authority);
    }

    /**
     * Whether to warn before the session ends: only with both factors, because "Stay signed in" needs them (a
     * session at the code page just ends).
     */
    public boolean warnsOfTimeout() {
        // By name: staff.SecondFactor.AUTHORITY (the staff module's internals are not the platform's to import), or
        // a passkey, which is both factors at once.
        return sessionTimeout != null && (staffAuthorities.contains("FACTOR_AUTHENTICATOR_APP")
                || staffAuthorities.contains("FACTOR_WEBAUTHN"));
    }

    /** How long before the end the warning shows. */
    public Duration timeoutWarning() {
        return sessionTimeout.dividedBy(2).compareTo(WARNING) < 0 ? sessionTimeout.dividedBy(2) : WARNING;
    }

    /** The fingerprinted URL of an asset, e.g. {@code frame.asset("/assets/css/bluelamp.css")}. */
    public String asset(String path) {
        return assetUrls.of(path);
    }
}
