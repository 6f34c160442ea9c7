package org.bluelamp.notify;

import org.bluelamp.platform.BslRelayHours;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.LanguageTexts;
import org.bluelamp.reporting.Reporter;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * What a message says to someone who uses British Sign Language with us (they chose a reply in BSL or asked for an
 * interpreter): "call 101" is no use to them alone, so ((phone)) also offers Relay UK and the BSL video relay with its
 * hours; and the acknowledgement's ((bslReply)) says how their BSL reply will come. Everyone else gets the usual words.
 */
@Component
class DeafReporterWords {

    static final String RELAY_PATH = "/bsl";

    private final ForceProperties force;
    private final LinkProperties links;
    private final BslRelayHours hours;
    private final LanguageTexts languageTexts;

    DeafReporterWords(ForceProperties force, LinkProperties links, BslRelayHours hours, LanguageTexts languageTexts) {
        this.force = force;
        this.links = links;
        this.hours = hours;
        this.languageTexts = languageTexts;
    }

    Map<String, String> values(Reporter reporter) {
        return values(reporter, Language.ENGLISH);
    }

    /** The words for a Deaf reporter in a language: how to reach us, and the reply in BSL they asked for. */
    Map<String, String> values(Reporter reporter, Language language) {
        var values = new HashMap<String, String>();
        if (!reporter.usesBsl()) {
            return values;
        }
        var texts = languageTexts.texts(language);
        String phone = force.nonEmergencyPhone();
        values.put("phone", texts.t("notify.deaf.phone", phone, links.link(RELAY_PATH), hours.inWords(texts)));
        values.put("bslReply", texts.t("notify.deaf.reply." + bslReply(reporter)));
        return values;
    }

    /** Which reply in BSL the reporter asked for, as the end of its message key. */
    private static String bslReply(Reporter reporter) {
        if (reporter.preference() == null || !reporter.preference().bsl()) {
            return "interpreter";
        }
        return switch (reporter.preference()) {
            case BSL_VIDEO -> "bsl-video";
            case BSL_RELAY_CALL -> "bsl-relay-call";
            case BSL_VISIT -> "bsl-visit";
            default -> throw new IllegalStateException("Not a BSL reply: " + reporter.preference());
        };
    }
}
