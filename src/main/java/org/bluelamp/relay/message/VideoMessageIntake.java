package org.bluelamp.relay.message;

import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.ReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A BSL video message sent online joins the interpreters' queue; every other report passes by. */
@Component
class VideoMessageIntake {

    private final VideoMessages messages;

    VideoMessageIntake(VideoMessages messages) {
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted event) {
        if (Channel.BSL_VIDEO_MESSAGE.code().equals(event.channel())) {
            messages.add(event.reportId(), event.reference(), event.submittedAt());
        }
    }
}
