package org.bluelamp.notify;

import org.bluelamp.platform.BslRelayHours;
import org.bluelamp.platform.ForceProperties;
import org.bluelamp.reporting.Reporter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
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
    private final MessageSource messages;

    DeafReporterWords(ForceProperties force, LinkProperties links, BslRelayHours hours, MessageSource messages) {
        this.force = force;
        this.links = links;
        this.hours = hours;
        this.messages = messages;
    }

    Map<String, String> values(Reporter reporter) {
        var values = new HashMap<String, String>();
        if (!reporter.usesBsl()) {
            return values;
        }
        String phone = force.nonEmergencyPhone();
        values.put("phone", phone + " (18001 " + phone + " through Relay UK), or use our BSL video relay at "
                + links.link(RELAY_PATH) + " (open " + hours.inWords((key, args) -> messages.getMessage(key, args, Locale.UK)) + ")");
        values.put("bslReply", bslReply(reporter));
        return values;
    }

    private static String bslReply(Reporter reporter) {
        if (reporter.preference() == null || !reporter.preference().bsl()) {
            return "You asked for a British Sign Language (BSL) interpreter. We will have one with us when we talk to you.";
        }
        return switch (reporter.preference()) {
            case BSL_VIDEO -> "You asked for a reply in British Sign Language (BSL). An interpreter will sign our reply"
                    + " in a video message. We will send you a link to watch it.";
            case BSL_RELAY_CALL -> "You asked for a BSL video call. We will contact you to agree a time. Then we will"
                    + " call you through our BSL video relay, with an interpreter.";
            case BSL_VISIT -> "You asked for a visit from an officer who signs. We will contact you to agree a time"
                    + " for a Police Link Officer for Deaf people (PLOD) to visit you.";
            default -> throw new IllegalStateException("Not a BSL reply: " + reporter.preference());
        };
    }
}
