package org.bluelamp.relay.message;

import org.bluelamp.relay.RelayOpening;
import org.bluelamp.platform.Frame;
import org.bluelamp.relay.RelayHours;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;

/**
 * The start of a BSL video message, at {@code /bsl/message}: what it is, in short sentences, and whether the relay is
 * open now. The message itself is a report on the question engine ({@code /report/bsl-video-message}), which asks
 * first whether it is an emergency.
 */
@Controller
class BslMessageStartController {

    static final String SERVICE = "bsl-video-message";

    private final RelayHours hours;
    private final Clock clock;

    BslMessageStartController(RelayHours hours, Clock clock) {
        this.hours = hours;
        this.clock = clock;
    }

    @GetMapping("/bsl/message")
    String start(Frame frame, Model model) {
        model.addAttribute("page", RelayOpening.at(hours, clock.instant(), frame));
        return "relay/message/start";
    }
}
