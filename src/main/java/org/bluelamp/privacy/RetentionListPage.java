package org.bluelamp.privacy;

import org.bluelamp.platform.Texts;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the records due for review, oldest due first.
 *
 * @param done      kept or disposed, after a decision; null otherwise
 * @param reference the record the decision was about
 */
public record RetentionListPage(List<Review> reviews, long total, int page, int size, String done, String reference) {


    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return (long) (page - 1) * size + reviews.size();
    }

    public static String date(LocalDate date, Texts texts) {
        return date == null ? "" : texts.dates().date(date);
    }
}
