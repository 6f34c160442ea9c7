package org.bluelamp.privacy.request;

import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.platform.Texts;
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

    /** @param texts words and dates in the request's language */
    List<HeldRecord> of(Collection<String> references, Texts texts) {
        var found = new ArrayList<HeldRecord>();
        for (String reference : references) {
            entries(reference, texts).ifPresent(found::add);
        }
        return found;
    }

    private Optional<HeldRecord> entries(String reference, Texts texts) {
        var entries = log.of(reference);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        var fields = new ArrayList<HeldRecord.Field>();
        for (AccessEntry entry : entries.reversed()) {
            String line = texts.t("held.access-log.line", entry.action(), entry.recordKind(), entry.actor(), entry.roles());
            fields.add(new HeldRecord.Field(texts.dates().dateAndTime(entry.at()),
                    entry.reason() == null ? line : texts.t("held.access-log.reason", line, entry.reason())));
        }
        return Optional.of(new HeldRecord(PrivacyRecordKind.ACCESS_LOG, reference, reference, entries.getFirst().at(),
                texts.t("held.access-log.title", reference), List.of("reference"), fields));
    }
}
