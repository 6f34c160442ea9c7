package org.bluelamp.privacy.request;

import java.util.List;

/** Everything on a request's page. */
public record RequestView(DataRequest request, List<TimelineEntry> timeline, List<FoundRecord> found,
                          List<Withholding> redactions, List<Withholding> refusals, List<Release> releases) {

    public List<FoundRecord> inScope() {
        return found.stream().filter(FoundRecord::inScope).toList();
    }
}
