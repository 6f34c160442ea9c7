package org.bluelamp.tracking;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * How long "Check your report" gives access, the conversation about a report, the support services it offers, and
 * the satisfaction question after a contact is closed. (Asking for codes is limited with everything else the public can do, under
 * {@code bluelamp.limits.actions.tracking-code}.)
 *
 * @param idleTimeout     how long access to a report lasts without being used
 * @param replyWithin     working days (weekends and bank holidays left out) within which staff should reply to a
 *                        reporter's message: the reply clock on the contact
 * @param messagesPerDay  how many messages one report may send in any 24 hours, so one person cannot flood a handler
 * @param supportServices the services offered beside the report, in the order shown
 * @param satisfaction    the short satisfaction questions after a contact is closed
 */
@ConfigurationProperties("bluelamp.tracking")
public record TrackingProperties(Duration idleTimeout, Integer replyWithin, Integer messagesPerDay,
                                 List<SupportService> supportServices, Satisfaction satisfaction) {

    public TrackingProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        replyWithin = atLeastOne("reply-within", replyWithin, 5);
        messagesPerDay = atLeastOne("messages-per-day", messagesPerDay, 10);
        supportServices = supportServices == null ? List.of() : List.copyOf(supportServices);
        satisfaction = satisfaction == null ? new Satisfaction(null, null, null) : satisfaction;
    }

    private static int atLeastOne(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("bluelamp.tracking." + name + " must be at least 1, not " + value);
        }
        return value;
    }

    /**
     * A service that supports victims: its name and what it does in each language offered (by language code; English
     * is required, and start-up stops if an offered language is missing: {@link SupportServices}), and how to reach it.
     *
     * @param phone as the service writes it, e.g. "08 08 16 89 111"; may be empty
     * @param web   its web address, with https://; may be empty
     */
    public record SupportService(Map<String, String> name, Map<String, String> what, String phone, String web) {

        public SupportService {
            name = name == null ? Map.of() : Map.copyOf(name);
            what = what == null ? Map.of() : Map.copyOf(what);
            phone = phone == null ? "" : phone.strip();
            web = web == null ? "" : web.strip();
        }
    }

    /**
     * @param askAfter    how long after the close the message goes (so the outcome arrives first), or later at a safe
     *                    time
     * @param linkFor     how long the link in the message works, from then
     * @param keepAnswers how long answers are kept for management information, from the month they were given
     */
    public record Satisfaction(Duration askAfter, Duration linkFor, Period keepAnswers) {

        public Satisfaction {
            askAfter = askAfter == null ? Duration.ofHours(1) : askAfter;
            linkFor = linkFor == null ? Duration.ofDays(30) : linkFor;
            keepAnswers = keepAnswers == null ? Period.ofYears(2) : keepAnswers;
        }
    }
}
