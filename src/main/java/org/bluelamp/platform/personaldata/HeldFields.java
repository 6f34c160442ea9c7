package org.bluelamp.platform.personaldata;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.Texts;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled lines of a {@link HeldRecord}, in order: labels from message keys, times in UK time, and nothing
 * written for what is not held, so the data protection team reads only what there is.
 */
public final class HeldFields {


    private final Texts texts;
    private final List<HeldRecord.Field> fields = new ArrayList<>();

    public HeldFields(Texts texts) {
        this.texts = texts;
    }

    /**
     * The application's English words, as a subject access answer is written in them. A code with no words of its own
     * (one stored before its words were written) is shown as stored rather than losing the line.
     */
    public static Texts english(MessageSource messages) {
        return (key, args) -> messages.getMessage(key, args, key.substring(key.lastIndexOf('.') + 1), Locale.UK);
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

    /**
     * The day of a moment in the UK, "3 March 2026", for a record's title, in English. Only notify's records still
     * use it (helper C2 moves them); everyone else writes {@code texts.dates().date(at)} in the reader's language.
     */
    @Deprecated
    public static String day(Instant at) {
        return LondonTime.date(at);
    }

    public List<HeldRecord.Field> list() {
        return List.copyOf(fields);
    }
}
