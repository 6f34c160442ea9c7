package org.bluelamp.chat;

import org.bluelamp.platform.personaldata.RetentionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * How long a 101 live chat never logged as a contact (and its lines and handovers) is kept after it ended before it
 * is reviewed (docs/retention.md).
 */
@ConfigurationProperties("bluelamp.privacy.retention")
public record ChatRetentionRule(Period webChats) {

    static final String WEB_CHATS = "web-chats";

    public ChatRetentionRule {
        webChats = RetentionRule.configured(WEB_CHATS, webChats, Period.ofYears(1)).period();
    }

    RetentionRule rule() {
        return new RetentionRule(WEB_CHATS, webChats);
    }
}
