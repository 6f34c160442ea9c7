package org.bluelamp.privacy;

import org.bluelamp.platform.Frame;
import org.bluelamp.platform.HowLong;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.bluelamp.platform.personaldata.RetentionRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The privacy notice: what the force holds, why, how long (the retention settings themselves, so the notice cannot
 * drift from what the retention review does), who it is shared with, people's rights and whom to ask.
 */
@Controller
class PrivacyNoticeController {

    private final List<RetentionRule> reviewed;
    private final Period accessLog;
    private final Duration draftLifetime;
    private final Duration shortLivedMessages;

    /** Every kind of record under retention, in its module's order, with its rules. */
    @Autowired
    PrivacyNoticeController(List<RetainedRecords> kinds, PrivacyRetentionRules privacy,
                            @Value("${bluelamp.reporting.draft-lifetime}") Duration draftLifetime,
                            @Value("${bluelamp.notify.disposal.after}") Duration shortLivedMessages) {
        this(kinds.stream().flatMap(kind -> kind.rules().stream()).toList(), privacy.accessLog(), draftLifetime,
                shortLivedMessages);
    }

    PrivacyNoticeController(List<RetentionRule> reviewed, Period accessLog, Duration draftLifetime,
                            Duration shortLivedMessages) {
        this.reviewed = List.copyOf(reviewed);
        this.accessLog = accessLog;
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
        var rows = new ArrayList<KeptFor>();
        reviewed.forEach(rule -> rows.add(kept(rule.name(), HowLong.of(rule.period(), frame), frame)));
        rows.add(kept(PrivacyRetentionRules.ACCESS_LOG, HowLong.of(accessLog, frame), frame));
        rows.add(kept("drafts", HowLong.of(draftLifetime, frame), frame));
        rows.add(kept("messages", HowLong.of(shortLivedMessages, frame), frame));
        return List.copyOf(rows);
    }

    private static KeptFor kept(String kind, String howLong, Texts frame) {
        return new KeptFor(frame.t("privacy-notice.kept." + kind), howLong);
    }
}
