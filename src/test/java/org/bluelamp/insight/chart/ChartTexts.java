package org.bluelamp.insight.chart;

import org.bluelamp.platform.ForceProperties;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.language.Languages;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** A public page's frame in English or Welsh with the real messages, for rendering charts and their tables. */
final class ChartTexts {

    private ChartTexts() {
    }

    static Frame english() {
        return frame(Locale.UK);
    }

    static Frame welsh() {
        return frame(Locale.of("cy"));
    }

    private static Frame frame(Locale locale) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "staff-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var force = new ForceProperties("Test Police", "TP", "101", "every day, at any time",
                URI.create("https://www.bbc.co.uk/weather"),
                new ForceProperties.DataProtectionOfficer("dpo@example.police.uk", null));
        return new Frame(force, "_csrf", "token", "/performance", null, Set.of(), messages, locale, path -> path,
                null, null, null, Languages.of("en", "cy"));
    }
}
