package org.bluelamp.reporting.calls;

import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.Channel;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallStartTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 14, 30, 15, 0, ZoneId.of("Europe/London"));
    private static final Texts KEYS = (key, args) -> key;

    @Test
    void theStartTimeIsThatTimeToday() {
        var start = new CallStart("crime", "phone", "14:05");
        assertThat(start.problems(Set.of("crime"), NOW, KEYS)).isEmpty();
        assertThat(start.startedAt(NOW)).contains(NOW.withHour(14).withMinute(5).withSecond(0).toInstant());
        assertThat(start.chosenChannel()).contains(Channel.PHONE);
        assertThat(CallStart.startingAt(NOW).started()).isEqualTo("14:30");
    }

    @Test
    void aTimeLaterTodayOrNotATimeIsRejected() {
        assertThat(new CallStart("crime", "phone", "14:31").problems(Set.of("crime"), NOW, KEYS))
                .extracting(ErrorMessage::text).containsExactly("calls.start.started.future");
        assertThat(new CallStart("crime", "phone", "2pm").problems(Set.of("crime"), NOW, KEYS))
                .extracting(ErrorMessage::text).containsExactly("calls.start.started.invalid");
    }

    @Test
    void videoRelayIsAChannelButNotOfferedOnTheForm() {
        assertThat(Channel.fromCode("video-relay")).contains(Channel.VIDEO_RELAY);
        assertThat(new CallStart("nothing", "video-relay", "").problems(Set.of("crime"), NOW, KEYS))
                .extracting(ErrorMessage::fieldId).containsExactly("service", "channel", "started");
    }
}
