package org.bluelamp.privacy.request;

import java.util.List;

/** The team's list of requests. */
public record RequestListPage(List<Row> rows) {

    /** @param due "Due in 3 days", "Overdue", "Waits for identity"... ; @param urgent whether to show it red */
    public record Row(DataRequest request, String received, String dueOn, String due, boolean urgent) {
    }
}
