package org.bluelamp.privacy.request;

import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.platform.language.English;
import org.bluelamp.platform.personaldata.AccessEntry;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Privacy's own part of the search: who has looked at the records found for the subject, from the access log. One
 * record for each reference, which the team includes where it is lawful to (staff names may need redacting).
 */
@Component
class WhoLooked {

    private final AccessLog log;

    WhoLooked(AccessLog log) {
        this.log = log;
    }

    List<HeldRecord> of(Collection<String> references) {
        var found = new ArrayList<HeldRecord>();
        for (String reference : references) {
            entries(reference).ifPresent(found::add);
        }
        return found;
    }

    private Optional<HeldRecord> entries(String reference) {
        var entries = log.of(reference);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        var fields = new ArrayList<HeldRecord.Field>();
        for (AccessEntry entry : entries.reversed()) {
            fields.add(new HeldRecord.Field(English.untilLanguageIsStored().dateAndTime(entry.at()),
                    entry.action() + " " + entry.recordKind() + " by " + entry.actor() + " (" + entry.roles() + ")"
                            + (entry.reason() == null ? "" : ": " + entry.reason())));
        }
        return Optional.of(new HeldRecord(PrivacyRecordKind.ACCESS_LOG, reference, reference, entries.getFirst().at(),
                "Who looked at the records of " + reference, List.of("reference"), fields));
    }
}
