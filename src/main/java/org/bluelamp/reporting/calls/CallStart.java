package org.bluelamp.reporting.calls;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.Channel;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a handler chose to start logging a call: the service, how the caller reached us, and when the call started,
 * typed as hh:mm today. Checks itself against the services there are and the time now.
 */
record CallStart(String service, String channel, String started) {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    CallStart {
        service = service == null ? "" : service.strip();
        channel = channel == null ? "" : channel.strip();
        started = started == null ? "" : started.strip();
    }

    /** The form as it first appears: the call started now. */
    static CallStart startingAt(ZonedDateTime now) {
        return new CallStart("", "", now.format(HH_MM));
    }

    /** What is wrong, one message per input, in the order of the form. */
    List<ErrorMessage> problems(Set<String> services, ZonedDateTime now, Texts texts) {
        var problems = new ArrayList<ErrorMessage>();
        if (!services.contains(service)) {
            problems.add(new ErrorMessage("service", texts.t("calls.start.service.required")));
        }
        if (chosenChannel().isEmpty()) {
            problems.add(new ErrorMessage("channel", texts.t("calls.start.channel.required")));
        }
        if (started.isEmpty()) {
            problems.add(new ErrorMessage("started", texts.t("calls.start.started.required")));
        } else if (startedAt(now).isEmpty()) {
            problems.add(new ErrorMessage("started", texts.t("calls.start.started.invalid")));
        } else if (startedAt(now).get().isAfter(now.toInstant())) {
            problems.add(new ErrorMessage("started", texts.t("calls.start.started.future")));
        }
        return problems;
    }

    /** Only the channels offered on the form: video relay calls are logged from the relay (to come). */
    Optional<Channel> chosenChannel() {
        return Channel.fromCode(channel).filter(Channel.loggedByStaff()::contains);
    }

    /** The time typed, as that time today in the UK. */
    Optional<Instant> startedAt(ZonedDateTime now) {
        var matcher = TIME.matcher(started);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var time = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        return Optional.of(now.with(time).withSecond(0).withNano(0).toInstant());
    }
}
