package org.bluelamp.platform;

import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * What every page's layout needs besides its own content: the force, the form token, where we are, who is
 * signed in, the words in the reader's language and the URLs of the styles and scripts.
 */
public record Frame(ForceProperties force, String csrfParameter, String csrfToken, String path, String staffName,
                    MessageSource messages, Locale locale, AssetUrls assetUrls) implements Texts {

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

    /** The fingerprinted URL of an asset, e.g. {@code frame.asset("/assets/css/bluelamp.css")}. */
    public String asset(String path) {
        return assetUrls.of(path);
    }
}
