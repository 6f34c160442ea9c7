package org.bluelamp.contact.emergency;

import java.util.LinkedHashMap;
import java.util.List;

/** contact/possible-emergency.yaml as written; {@link PossibleEmergencyRules} checks it. */
record RulesFile(LinkedHashMap<String, CategoryEntry> categories) {

    record CategoryEntry(String label, List<String> phrases, List<String> unless) {
    }
}
