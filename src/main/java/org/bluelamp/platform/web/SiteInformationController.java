package org.bluelamp.platform.web;

import org.bluelamp.platform.Frame;
import org.bluelamp.platform.HowLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
    private final Duration chatKey;
    private final Duration staffIdle;

    SiteInformationController(@Value("${bluelamp.reporting.draft-lifetime}") Duration draftLifetime,
                              @Value("${bluelamp.tracking.idle-timeout}") Duration trackingIdle,
                              @Value("${bluelamp.privacy.answers.download-for}") Duration answerDownloads,
                              @Value("${bluelamp.relay.calls.caller-key-lifetime}") Duration relayCallKey,
                              @Value("${bluelamp.chat.key-lifetime:PT4H}") Duration chatKey,
                              @Value("${bluelamp.staff.idle-timeout}") Duration staffIdle) {
        this.draftLifetime = draftLifetime;
        this.trackingIdle = trackingIdle;
        this.answerDownloads = answerDownloads;
        this.relayCallKey = relayCallKey;
        this.chatKey = chatKey;
        this.staffIdle = staffIdle;
    }

    @GetMapping("/accessibility")
    String accessibility(Frame frame, Model model) {
        model.addAttribute("languages", offeredLanguages(frame));
        return "platform/accessibility";
    }

    /**
     * The languages offered, each named in the page's language ("English, Welsh"; "Saesneg, Cymraeg"), for the
     * statement to say; empty with one. The names are the JDK's (CLDR), so a new language needs no words here.
     */
    private static String offeredLanguages(Frame frame) {
        if (!frame.languages().offersSeveral()) {
            return "";
        }
        return frame.languages().offered().stream()
                .map(language -> language.locale().getDisplayLanguage(frame.locale()))
                .collect(Collectors.joining(", "));
    }

    @GetMapping("/cookies")
    String cookies(Frame frame, Model model) {
        var cookies = new ArrayList<>(List.of(
                cookie("bluelamp_draft", frame, HowLong.of(draftLifetime, frame)),
                cookie("bluelamp_csrf", frame),
                cookie("bluelamp_track", frame, HowLong.of(trackingIdle, frame)),
                cookie("bluelamp_answer", frame, HowLong.of(answerDownloads, frame)),
                cookie("bluelamp_bsl_call", frame, HowLong.of(relayCallKey, frame)),
                cookie("bluelamp_chat", frame, HowLong.of(chatKey, frame)),
                cookie("bluelamp_staff_session", frame, HowLong.of(staffIdle, frame))));
        // platform.language.LanguageResolver sets it only when there is a choice of language to remember
        if (frame.languages().offersSeveral()) {
            cookies.add(1, cookie("bluelamp_lang", frame));
        }
        model.addAttribute("cookies", cookies);
        return "platform/cookies";
    }

    private static CookieRow cookie(String name, Frame frame, Object... lifetime) {
        String key = "cookies." + name.replace('_', '-');
        return new CookieRow(name, frame.t(key + ".purpose"), frame.t(key + ".expires", lifetime));
    }

}
