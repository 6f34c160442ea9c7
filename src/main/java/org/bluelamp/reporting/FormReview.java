package org.bluelamp.reporting;

import org.bluelamp.platform.SummaryRow;

import java.util.List;

/** What a public form's "check your answers" page comes to: another page, or the answers to check. */
public sealed interface FormReview {

    /** Not this page: a step still to finish, or the confirmation of a form already sent. */
    record GoTo(String path) implements FormReview {
    }

    /** Every step is finished: the answers as the owning module lists them, each with its change link. */
    record Ready(List<SummaryRow> rows) implements FormReview {
    }
}
