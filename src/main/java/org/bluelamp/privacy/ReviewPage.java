package org.bluelamp.privacy;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.personaldata.HeldRecord;

import java.util.List;
import java.util.Map;

/**
 * A record due for review, what it holds and the two decisions; after a decision, what was decided.
 *
 * @param values what the reviewer typed, shown again with any errors
 */
public record ReviewPage(Review review, List<HeldRecord.Field> summary, Map<String, String> values,
                         FormErrors errors) {

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
