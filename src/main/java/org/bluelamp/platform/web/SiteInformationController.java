package org.bluelamp.platform.web;

import org.bluelamp.platform.Frame;
import org.bluelamp.platform.HowLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;
import java.util.List;

/**
 * The accessibility statement and the cookies page, linked from every public page's footer. The cookies' lifetimes
 * are read from the settings that give them, so the page says what the cookies do.
 */
@Controller
class SiteInformationController {

    private final Duration draftLifetime;
    private final Duration trackingIdle;
    private final Duration answerDownloads;
    private final Duration relayCallKey;
    private final Duration staffIdle;

    SiteInformationController(@Value("${bluelamp.reporting.draft-lifetime}") Duration draftLifetime,
                              @Value("${bluelamp.tracking.idle-timeout}") Duration trackingIdle,
                              @Value("${bluelamp.privacy.answers.download-for}") Duration answerDownloads,
                              @Value("${bluelamp.relay.calls.caller-key-lifetime}") Duration relayCallKey,
                              @Value("${bluelamp.staff.idle-timeout}") Duration staffIdle) {
        this.draftLifetime = draftLifetime;
        this.trackingIdle = trackingIdle;
        this.answerDownloads = answerDownloads;
        this.relayCallKey = relayCallKey;
        this.staffIdle = staffIdle;
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }

    @GetMapping("/cookies")
    String cookies(Frame frame, Model model) {
        model.addAttribute("cookies", List.of(
                cookie("bluelamp_draft", frame, HowLong.of(draftLifetime, frame)),
                cookie("bluelamp_csrf", frame),
                cookie("bluelamp_track", frame, HowLong.of(trackingIdle, frame)),
                cookie("bluelamp_answer", frame, HowLong.of(answerDownloads, frame)),
                cookie("bluelamp_bsl_call", frame, HowLong.of(relayCallKey, frame)),
                cookie("bluelamp_staff_session", frame, HowLong.of(staffIdle, frame))));
        return "platform/cookies";
    }

    private static CookieRow cookie(String name, Frame frame, Object... lifetime) {
        String key = "cookies." + name.replace('_', '-');
        return new CookieRow(name, frame.t(key + ".purpose"), frame.t(key + ".expires", lifetime));
    }

}
