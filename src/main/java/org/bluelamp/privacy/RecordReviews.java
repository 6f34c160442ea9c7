package org.bluelamp.privacy;

import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.RecordDisposer;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.bluelamp.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A reviewer's look at a record due for review and their decision. The look and each decision are written to the
 * access log in the same transaction; disposal runs the record's kind's own disposal and then every module's
 * {@link RecordDisposer} for what was filed under its reference, in that transaction too, so a record goes whole or
 * not at all, and leaves its tombstone.
 */
@Service
@Transactional
class RecordReviews {

    /** A review with what the record holds, while it is due. */
    record Opened(Review review, List<HeldRecord.Field> summary) {
    }

    private final Reviews reviews;
    private final List<RetainedRecords> sources;
    private final List<RecordDisposer> disposers;
    private final AccessLog accessLog;
    private final Clock clock;

    RecordReviews(Reviews reviews, List<RetainedRecords> sources, List<RecordDisposer> disposers, AccessLog accessLog,
                  Clock clock) {
        this.reviews = reviews;
        this.sources = sources;
        this.disposers = disposers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    RetentionListPage due(int page, int size, String done, String reference) {
        return new RetentionListPage(reviews.due(size, (long) (page - 1) * size), reviews.countDue(), page, size, done,
                reference);
    }

    /** The review; while it is due, with the record's summary, the look written to the access log. */
    Optional<Opened> open(UUID id, StaffMember reader) {
        return reviews.find(id).map(review -> {
            if (!review.due()) {
                return new Opened(review, List.of());
            }
            var source = sourceOf(review.kind());
            var summary = source.summary(review.reference()).orElse(List.of());
            accessLog.read(reader.accessor(), source.kind(), review.reference(), Map.of("page", "retention-review"));
            return new Opened(review, summary);
        });
    }

    /** Keeps the record until the next review; empty if it was no longer due. */
    Optional<Review> keep(UUID id, StaffMember by, String reason, LocalDate nextReviewOn) {
        return reviews.dueForDecision(id).map(review -> {
            reviews.keep(id, by.username(), clock.instant(), reason, nextReviewOn);
            accessLog.decided(by.accessor(), AccessLog.Decision.KEEP, sourceOf(review.kind()).kind(),
                    review.reference(),
                    Map.of("rule", review.rule(), "next-review", nextReviewOn.toString()), reason);
            return review;
        });
    }

    /** Disposes of the record in every module and leaves its tombstone; empty if it was no longer due. */
    Optional<Review> dispose(UUID id, StaffMember by) {
        return reviews.dueForDecision(id).map(review -> {
            var source = sourceOf(review.kind());
            source.dispose(review.reference());
            disposers.forEach(disposer -> disposer.dispose(review.reference()));
            reviews.disposed(review, by.username(), clock.instant());
            accessLog.decided(by.accessor(), AccessLog.Decision.DISPOSE, source.kind(), review.reference(),
                    Map.of("rule", review.rule()), null);
            return review;
        });
    }

    /** The registered kind of a review's record: only registered kinds are listed for review. */
    private RetainedRecords sourceOf(String kind) {
        return sources.stream().filter(source -> source.kind().code().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No kind of record under retention is " + kind));
    }
}
