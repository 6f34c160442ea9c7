package org.bluelamp.privacy;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.personaldata.LapsedRecord;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lists the records due for review: those whose rule's period has passed since their last activity, unless a
 * reviewer kept them until a later date. A listed record that has had activity since leaves the list.
 */
@Service
class DueForReview {

    private final List<RetainedRecords> sources;
    private final Reviews reviews;
    private final Clock clock;

    DueForReview(List<RetainedRecords> sources, Reviews reviews, Clock clock) {
        this.sources = sources;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Brings the list up to date; says how many records are due. */
    @Transactional
    int list() {
        var now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LondonTime.ZONE);
        Map<Reviews.Key, LocalDate> kept = reviews.keptUntil();
        Map<Reviews.Key, UUID> stale = new HashMap<>(reviews.openByRecord());
        int due = 0;
        for (RetainedRecords source : sources) {
            for (LapsedRecord lapsed : source.lapsed(today)) {
                var key = new Reviews.Key(lapsed.kind().code(), lapsed.reference());
                LocalDate lastActivityOn = lapsed.lastActivity().atZone(LondonTime.ZONE).toLocalDate();
                LocalDate dueOn = lastActivityOn.plus(lapsed.rule().period());
                LocalDate keptUntil = kept.get(key);
                if (keptUntil != null && keptUntil.isAfter(dueOn)) {
                    if (keptUntil.isAfter(today)) {
                        continue;
                    }
                    dueOn = keptUntil;
                }
                reviews.list(key, lapsed.rule().name(), lastActivityOn, dueOn, now);
                stale.remove(key);
                due++;
            }
        }
        stale.values().forEach(reviews::unlist);
        return due;
    }
}
