package org.bluelamp.privacy;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.personaldata.LapsedRecord;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists the records due for review: those whose rule's period has passed since their last activity, unless a
 * reviewer kept them until a later date. A listed record that has had activity since leaves the list.
 * <p>
 * Each source is read a page at a time, each page listed in its own transaction, so a backlog of millions (years of
 * contacts migrated, or a review paused) costs a page of memory and short transactions, not one of each per run.
 */
@Service
class DueForReview {

    /** Records read and listed in one transaction. */
    private static final int PAGE = 2_000;

    private final List<RetainedRecords> sources;
    private final Reviews reviews;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private final int pageSize;

    @Autowired
    DueForReview(List<RetainedRecords> sources, Reviews reviews, TransactionTemplate transactions, Clock clock) {
        this(sources, reviews, transactions, clock, PAGE);
    }

    DueForReview(List<RetainedRecords> sources, Reviews reviews, TransactionTemplate transactions, Clock clock,
                 int pageSize) {
        this.sources = sources;
        this.reviews = reviews;
        this.transactions = transactions;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /**
     * Brings the list up to date; says how many records are due. Every record the run finds is stamped with the run's
     * start, and open reviews it did not find again leave the list at the end: a run cut short leaves them to the
     * next.
     */
    int list() {
        Instant run = clock.instant();
        LocalDate today = LocalDate.ofInstant(run, LondonTime.ZONE);
        int due = 0;
        for (RetainedRecords source : sources) {
            var after = LapsedRecord.Position.FIRST;
            while (after != null) {
                var from = after;
                var listed = transactions.execute(status -> listPage(source, today, from, run));
                due += listed.count();
                after = listed.next();
            }
        }
        transactions.executeWithoutResult(status -> reviews.unlistNotFoundSince(run));
        return due;
    }

    private Listed listPage(RetainedRecords source, LocalDate today, LapsedRecord.Position after, Instant run) {
        List<LapsedRecord> page = source.lapsed(today, after, pageSize);
        String kind = source.kind().code();
        Map<String, LocalDate> kept = reviews.keptUntil(kind, page.stream().map(LapsedRecord::reference).toList());
        var listings = new ArrayList<Reviews.Listing>(page.size());
        for (LapsedRecord lapsed : page) {
            LocalDate lastActivityOn = lapsed.lastActivity().atZone(LondonTime.ZONE).toLocalDate();
            LocalDate dueOn = lastActivityOn.plus(lapsed.rule().period());
            LocalDate keptUntil = kept.get(lapsed.reference());
            if (keptUntil != null && keptUntil.isAfter(dueOn)) {
                if (keptUntil.isAfter(today)) {
                    continue;
                }
                dueOn = keptUntil;
            }
            listings.add(new Reviews.Listing(lapsed.reference(), lapsed.rule().name(), lastActivityOn, dueOn));
        }
        reviews.list(kind, listings, run);
        return new Listed(listings.size(), page.size() < pageSize ? null : page.getLast().position());
    }

    /** How many of a page were listed, and where the next page starts (null after the last). */
    private record Listed(int count, LapsedRecord.Position next) {
    }
}
