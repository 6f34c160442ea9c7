package org.bluelamp.privacy;

import org.bluelamp.platform.Frame;
import org.bluelamp.platform.HowLong;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.RetentionRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;
import java.util.List;

/**
 * The privacy notice: what the force holds, why, how long (the retention settings themselves, so the notice cannot
 * drift from what the retention review does), who it is shared with, people's rights and whom to ask.
 */
@Controller
class PrivacyNoticeController {

    private final RetentionRules retention;
    private final Duration draftLifetime;
    private final Duration shortLivedMessages;

    PrivacyNoticeController(RetentionRules retention,
                            @Value("${bluelamp.reporting.draft-lifetime}") Duration draftLifetime,
                            @Value("${bluelamp.notify.disposal.after}") Duration shortLivedMessages) {
        this.retention = retention;
        this.draftLifetime = draftLifetime;
        this.shortLivedMessages = shortLivedMessages;
    }

    @GetMapping("/privacy")
    String notice(Frame frame, Model model) {
        model.addAttribute("keptFor", keptFor(frame));
        return "privacy/notice";
    }

    /** Each kind of record and how long it is kept, as configured. */
    List<KeptFor> keptFor(Texts frame) {
        return List.of(
                kept("serious-crime", HowLong.of(retention.seriousCrime(), frame), frame),
                kept("crime", HowLong.of(retention.crime(), frame), frame),
                kept("non-crime", HowLong.of(retention.nonCrime(), frame), frame),
                kept("relay-calls", HowLong.of(retention.relayCalls(), frame), frame),
                kept("data-requests", HowLong.of(retention.dataRequests(), frame), frame),
                kept("access-log", HowLong.of(retention.accessLog(), frame), frame),
                kept("drafts", HowLong.of(draftLifetime, frame), frame),
                kept("messages", HowLong.of(shortLivedMessages, frame), frame));
    }

    private static KeptFor kept(String kind, String howLong, Texts frame) {
        return new KeptFor(frame.t("privacy-notice.kept." + kind), howLong);
    }
}
