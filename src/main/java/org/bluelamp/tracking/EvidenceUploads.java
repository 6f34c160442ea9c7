package org.bluelamp.tracking;

import org.bluelamp.contact.EvidenceLink;
import org.bluelamp.contact.EvidenceLinks;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.ReportAdditions;
import org.bluelamp.reporting.SentForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import java.util.ArrayList;
import java.util.List;

/**
 * Files sent through an evidence link, in one transaction: the link claimed (so a second browser finds it used), the
 * files stored with the report through the same form and checks as "tell us more", and a line on the contact's
 * timeline. If the form is not right nothing is kept, and the link still works.
 */
@Service
class EvidenceUploads {

    /** The file input and the text area of the "add information" form. */
    static final String FILES = "evidence";
    static final String WORDS = "information";

    private final EvidenceLinks links;
    private final ReportAdditions additions;

    EvidenceUploads(EvidenceLinks links, ReportAdditions additions) {
        this.links = links;
        this.additions = additions;
    }

    /**
     * What sending came to.
     *
     * @param refused the link was used, replaced or expired before this could claim it
     */
    record Result(boolean refused, FormErrors errors) {

        static final Result REFUSED = new Result(true, FormErrors.NONE);
        static final Result SENT = new Result(false, FormErrors.NONE);

        boolean sent() {
            return !refused && errors.isEmpty();
        }
    }

    @Transactional
    Result send(EvidenceLink link, String token, SentForm sent, Texts texts) {
        if (!links.claim(token)) {
            return Result.REFUSED;
        }
        boolean chosen = sent.files().getOrDefault(FILES, List.of()).stream()
                .anyMatch(file -> file.name() != null && !file.name().isBlank());
        var outcome = additions.add(link.reportId(), null, sent, texts);
        if (outcome.added() && chosen) {
            links.received(link, outcome.information(), outcome.fileNames());
            return Result.SENT;
        }
        // Nothing is kept, not even the claim: the person puts it right and sends again with the same link.
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        // In the page's order: the files first, then the words (asked for in this page's own terms when missing).
        var errors = new ArrayList<ErrorMessage>();
        if (!chosen) {
            errors.add(new ErrorMessage(FILES, texts.t("evidence.upload.files.required")));
        }
        outcome.errors().all().stream().filter(e -> e.fieldId().equals(FILES)).forEach(errors::add);
        boolean noWords = sent.values().getOrDefault(WORDS, List.of()).stream().allMatch(String::isBlank);
        outcome.errors().all().stream().filter(e -> !e.fieldId().equals(FILES))
                .map(e -> e.fieldId().equals(WORDS) && noWords
                        ? new ErrorMessage(WORDS, texts.t("evidence.upload.information.required")) : e)
                .forEach(errors::add);
        return new Result(false, new FormErrors(errors));
    }
}
