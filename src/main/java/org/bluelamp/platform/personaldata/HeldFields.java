package org.bluelamp.platform.personaldata;

import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled lines of a {@link HeldRecord}, in order: labels from message keys, times in UK time, and nothing
 * written for what is not held, so the data protection team reads only what there is. Everything is in the language
 * of the request being answered, as the person will read it in their answer.
 */
public final class HeldFields {


    private final Texts texts;
    private final List<HeldRecord.Field> fields = new ArrayList<>();

    public HeldFields(Texts texts) {
        this.texts = texts;
    }

    /**
     * The application's words in the language a subject access request was made in, its dates too. A code with no
     * words of its own (one stored before its words were written) is shown as stored rather than losing the line.
     */
    public static Texts in(MessageSource messages, Language language) {
        return new Words(messages, language.locale());
    }

    private record Words(MessageSource messages, Locale locale) implements Texts {

        @Override
        public String t(String key, Object... args) {
            return messages.getMessage(key, args, key.substring(key.lastIndexOf('.') + 1), locale);
        }
    }

    /** A line labelled by the message key; left out when the value is empty. */
    public HeldFields add(String labelKey, String value) {
        return line(texts.t(labelKey), value);
    }

    /** A line whose label is already words (a question as the reporter saw it); left out when the value is empty. */
    public HeldFields line(String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new HeldRecord.Field(label, value));
        }
        return this;
    }

    /** A moment, as "3 May 2026 at 2:05pm" UK time; left out when there is none. */
    public HeldFields time(String labelKey, Instant at) {
        return at == null ? this : add(labelKey, texts.dates().dateAndTime(at));
    }

    /** A code stored for a value, in words: the message {@code prefix + code}; left out when there is none. */
    public HeldFields coded(String labelKey, String prefix, String code) {
        return code == null || code.isBlank() ? this : add(labelKey, texts.t(prefix + code));
    }

    public List<HeldRecord.Field> list() {
        return List.copyOf(fields);
    }
}
