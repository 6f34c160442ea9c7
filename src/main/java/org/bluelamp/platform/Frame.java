package org.bluelamp.platform;

import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * What every page's layout needs besides its own content: the force, the form token, where we are, who is
 * signed in and the words in the reader's language.
 */
public record Frame(ForceProperties force, String csrfParameter, String csrfToken, String path, String staffName,
                    MessageSource messages, Locale locale) implements Texts {

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
}
