package org.bluelamp.privacy.request;

import org.bluelamp.platform.files.ScanState;

import java.util.List;

/**
 * Everything on a request's page.
 *
 * @param identityScan what the virus scanner found of the uploaded proof of identity (OFF with none)
 */
public record RequestView(DataRequest request, List<TimelineEntry> timeline, List<FoundRecord> found,
                          List<Withholding> redactions, List<Withholding> refusals, List<Release> releases,
                          ScanState identityScan) {

    public List<FoundRecord> inScope() {
        return found.stream().filter(FoundRecord::inScope).toList();
    }
}
