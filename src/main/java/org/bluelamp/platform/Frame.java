package org.bluelamp.platform;

import org.springframework.context.MessageSource;

import java.util.Locale;
import java.util.Set;

/**
 * What every page's layout needs besides its own content: the force, the form token, where we are, who is
 * signed in, the words in the reader's language and the URLs of the styles and scripts.
 */
public record Frame(ForceProperties force, String csrfParameter, String csrfToken, String path, String staffName,
                    Set<String> staffAuthorities, MessageSource messages, Locale locale, AssetUrls assetUrls)
        implements Texts {

    @Override
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
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

    /** The fingerprinted URL of an asset, e.g. {@code frame.asset("/assets/css/bluelamp.css")}. */
    public String asset(String path) {
        return assetUrls.of(path);
    }
}
