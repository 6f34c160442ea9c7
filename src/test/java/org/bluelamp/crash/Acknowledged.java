package org.bluelamp.crash;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What Bluelamp told people it had kept: an answer is saved once the page after it is shown, and a report is
 * sent once its reference is shown. Everything here must still be there after any number of crashes.
 */
final class Acknowledged {

    /** A draft, by its cookie token, with the story told in it and the questions whose answers were saved. */
    record Draft(String token, String story, Set<String> savedQuestions) {
    }

    /** A report whose reference was shown, with the story told in it and every question answered. */
    record Report(String reference, String story, Set<String> questions) {
    }

    private final ConcurrentLinkedQueue<Draft> drafts = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Report> reports = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    Draft draft(String token, String story) {
        var draft = new Draft(token, story, ConcurrentHashMap.newKeySet());
        drafts.add(draft);
        count.incrementAndGet();
        return draft;
    }

    void saved(Draft draft, String question) {
        draft.savedQuestions().add(question);
        count.incrementAndGet();
    }

    void sent(String reference, Draft draft) {
        reports.add(new Report(reference, draft.story(), Set.copyOf(draft.savedQuestions())));
        count.incrementAndGet();
    }

    int count() {
        return count.get();
    }

    List<Draft> drafts() {
        return List.copyOf(drafts);
    }

    List<Report> reports() {
        return List.copyOf(reports);
    }
}
