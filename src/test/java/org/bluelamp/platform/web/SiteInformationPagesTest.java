package org.bluelamp.platform.web;

import org.bluelamp.BluelampTest;
import org.bluelamp.PublicPages;
import org.bluelamp.WebSession;
import org.bluelamp.platform.EnglishTexts;
import org.bluelamp.platform.HowLong;
import org.bluelamp.contact.ContactRetentionRules;
import org.bluelamp.privacy.PrivacyRetentionRules;
import org.bluelamp.chat.ChatRetentionRule;
import org.bluelamp.relay.RelayCallRetentionRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page's footer leads to the accessibility statement, the privacy notice and the cookies page, and the
 * relay's hours read the same wherever a page gives them.
 */
@BluelampTest
class SiteInformationPagesTest {

    private static final List<String> PUBLIC_PAGES = PublicPages.PATHS;
    private static final Pattern EASY_READ_LINE = Pattern.compile("<li class=\"bluelamp-easy-read__line\">\\s*"
            + "<img class=\"bluelamp-easy-read__picture\" src=\"([^\"]+)\" alt=\"([^\"]+)\" width=\"64\" height=\"64\">\\s*"
            + "<span class=\"bluelamp-easy-read__text\">([^<]+)</span>");
    private static final Pattern HEADING = Pattern.compile("<h([12])[^>]*>([^<]+)</h\\1>");
    private static final Pattern RELAY_HOURS = Pattern.compile("<strong>Open ([^<]+)\\.</strong>");

    @LocalServerPort
    int port;

    @Autowired
    ContactRetentionRules retention;

    @Autowired
    RelayCallRetentionRule relayCalls;

    @Autowired
    ChatRetentionRule webChats;

    @Autowired
    PrivacyRetentionRules privacy;

    @Test
    void everyPublicPagesFooterLinksTheAccessibilityStatementThePrivacyNoticeAndTheCookiesPage() {
        var browser = new WebSession(port);
        for (String path : PUBLIC_PAGES) {
            var footer = footer(browser.get(path).body());
            assertThat(footer).as(path).contains("<a class=\"govuk-footer__link\" href=\"/accessibility\">Accessibility statement</a>",
                    "<a class=\"govuk-footer__link\" href=\"/privacy\">Privacy notice</a>",
                    "<a class=\"govuk-footer__link\" href=\"/cookies\">Cookies</a>");
        }
        assertThat(footer(browser.get("/staff/sign-in").body())).as("staff pages have their own footer")
                .doesNotContain("href=\"/privacy\"");
    }

    @Test
    void theAccessibilityStatementFollowsTheModelStatement() {
        var page = new WebSession(port).get("/accessibility");
        assertThat(page.status()).isEqualTo(200);
        assertThat(headings(page.body())).containsExactly("Accessibility statement",
                "If you are Deaf, hard of hearing or speech-impaired", "How accessible this service is",
                "Feedback and contact information", "Reporting accessibility problems with this service",
                "Enforcement procedure", "Technical information about this service's accessibility",
                "Non-accessible content", "What we are doing to improve accessibility",
                "Preparation of this accessibility statement");
        assertThat(text(page.body())).contains("This service is run by Leicestershire Police.",
                "partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard",
                "Equality and Human Rights Commission (EHRC)", "Equality Advisory and Support Service (EASS)",
                "aria-expanded", "Recordings of BSL video relay calls have no captions",
                "Call Relay UK on 18001 101", "open 8am to midnight, every day")
                .as("the PDFs are tagged now").doesNotContain("not tagged for screen readers");
    }

    @Test
    void thePrivacyNoticeShowsTheConfiguredRetentionPeriods() {
        var page = new WebSession(port).get("/privacy");
        assertThat(page.status()).isEqualTo(200);
        assertThat(headings(page.body())).containsExactly("Privacy notice", "What we hold", "Why we hold it",
                "How long we keep it", "Who we share it with", "Your rights", "Our data protection officer",
                "How to complain");
        var texts = EnglishTexts.load();
        assertThat(row(page.body(), "A crime recorded as a serious violent or sexual offence"))
                .isEqualTo(HowLong.of(retention.seriousCrime(), texts)).isEqualTo("10 years");
        assertThat(row(page.body(), "Any other crime, or a report we have not yet decided is a crime"))
                .isEqualTo(HowLong.of(retention.crime(), texts));
        assertThat(row(page.body(), "Other reports, such as lost property, incidents or feedback"))
                .isEqualTo(HowLong.of(retention.nonCrime(), texts));
        assertThat(row(page.body(), "BSL video relay calls, and their recordings, that did not become a report"))
                .isEqualTo(HowLong.of(relayCalls.relayCalls(), texts)).isEqualTo("1 year");
        assertThat(row(page.body(), "101 live chats that did not become a report"))
                .isEqualTo(HowLong.of(webChats.webChats(), texts)).isEqualTo("1 year");
        assertThat(row(page.body(), "Requests for your information, after we answer them"))
                .isEqualTo(HowLong.of(privacy.dataRequests(), texts));
        assertThat(row(page.body(), "The record of which staff looked at your information"))
                .isEqualTo(HowLong.of(privacy.accessLog(), texts)).isEqualTo("7 years");
        assertThat(row(page.body(), "Reports you started but did not send (deleted, not reviewed)")).isEqualTo("7 days");
        assertThat(text(page.body())).contains("Part 3 of the Data Protection Act 2018", "UK GDPR",
                "101 live chats: what you and our contact handlers typed",
                "href=\"/your-data\"", "mailto:data.protection@example.police.uk",
                "Data Protection Officer, Force Headquarters", "https://ico.org.uk/make-a-complaint/");
    }

    @Test
    void theCookiesPageListsEveryCookieWithItsLifetimeAndNoAnalytics() {
        var page = new WebSession(port).get("/cookies");
        assertThat(page.status()).isEqualTo(200);
        assertThat(headings(page.body())).containsExactly("Cookies", "Cookies we use", "Analytics cookies");
        assertThat(page.body().replace("<wbr>", "")).contains("bluelamp_draft", "bluelamp_csrf", "bluelamp_track",
                "bluelamp_answer", "bluelamp_bsl_call", "bluelamp_chat", "bluelamp_staff_session", "bluelamp_lang");
        assertThat(page.body()).contains("<td class=\"govuk-table__cell\">Remembers the language you chose</td>");
        assertThat(page.body()).as("one draft cookie for every public form").doesNotContain("bluelamp_your_data");
        assertThat(page.body()).contains("<td class=\"govuk-table__cell\">7 days</td>",
                "<td class=\"govuk-table__cell\">4 hours</td>", "after 30 minutes without using it",
                "We do not use analytics cookies");
    }

    /** The test profile offers English and Welsh: the pages about the service say so, in the reader's language. */
    @Test
    void theStatementTheNoticeAndTheCookiesPageNameTheLanguagesInEachLanguage() {
        var browser = new WebSession(port);
        assertThat(text(browser.get("/accessibility").body()))
                .contains("This service is available in these languages: English, Welsh.");
        assertThat(text(browser.get("/privacy").body())).contains("<li>the language you chose to use this service in</li>");

        browser.addCookie("bluelamp_lang", "cy");
        var statement = browser.get("/accessibility").body();
        assertThat(statement).contains("<html lang=\"cy\"");
        assertThat(text(statement)).contains("Mae'r gwasanaeth hwn ar gael yn yr ieithoedd hyn: Saesneg, Cymraeg.");
        assertThat(text(browser.get("/privacy").body()))
                .contains("<li>yr iaith a ddewisoch chi i ddefnyddio'r gwasanaeth hwn</li>");
        assertThat(text(browser.get("/cookies").body())).contains("Cofio'r iaith a ddewisoch chi",
                "Pan fyddwch chi'n cau eich porwr");
    }

    /** Someone who finds long pages hard follows the link on the start page to one idea a line, each with a picture. */
    @Test
    void theCrimeAndBslStartPagesLeadToEasyReadPagesInEitherLanguage() {
        var browser = new WebSession(port);
        var start = browser.get("/report/crime").body();
        assertThat(start).contains("<a class=\"govuk-link\" href=\"/report/crime/easy-read\">Easy Read: how to report a crime</a>");
        var crime = browser.get("/report/crime/easy-read");
        assertThat(crime.status()).isEqualTo(200);
        assertThat(headings(crime.body())).containsExactly("Report a crime: Easy Read");
        var lines = easyReadLines(crime.body());
        assertThat(lines).hasSize(9).first().isEqualTo(List.of("/assets/images/easy-read/police", "A police officer",
                "You can tell the police about a crime on this website."));
        assertThat(lines).extracting(line -> line.get(2)).contains("If someone is in danger now, call 999.")
                .allSatisfy(line -> assertThat(line.split("\\. ")).as("at most two short sentences").hasSizeLessThan(3));
        assertThat(crime.body()).contains("href=\"/report/crime\" role=\"button\"", "Start your report");
        for (var line : lines) {
            var picture = browser.download(line.get(0) + pictureSuffix(crime.body(), line.get(0)));
            assertThat(picture.statusCode()).as(line.get(0)).isEqualTo(200);
        }

        assertThat(browser.get("/bsl").body()).contains("<a class=\"govuk-link\" href=\"/bsl/easy-read\">Easy Read: how to talk to us in BSL</a>");
        var bsl = browser.get("/bsl/easy-read").body();
        assertThat(headings(bsl)).containsExactly("Talk to us in BSL: Easy Read");
        assertThat(easyReadLines(bsl)).extracting(line -> line.get(2))
                .contains("The video relay is open 8am to midnight, every day.", "In an emergency, use 999 BSL.");
        assertThat(bsl).contains("href=\"/bsl\" role=\"button\"", "href=\"/bsl/message\" role=\"button\"");

        browser.addCookie("bluelamp_lang", "cy");
        var welsh = browser.get("/report/crime/easy-read").body();
        assertThat(welsh).contains("<html lang=\"cy\"");
        assertThat(headings(welsh)).containsExactly("Rhoi gwybod am drosedd: Hawdd ei Ddeall");
        assertThat(easyReadLines(welsh).getFirst()).containsExactly("/assets/images/easy-read/police", "Swyddog heddlu",
                "Gallwch chi ddweud wrth yr heddlu am drosedd ar y wefan hon.");
        assertThat(text(browser.get("/bsl/easy-read").body())).contains("Siarad â ni yn BSL: Hawdd ei Ddeall",
                "Rydyn ni'n recordio'r alwad.");
    }

    /** Each line of an Easy Read page: its picture (without the fingerprint and .svg), the picture's alt text, the words. */
    private static List<List<String>> easyReadLines(String body) {
        var lines = new ArrayList<List<String>>();
        var matcher = EASY_READ_LINE.matcher(body);
        while (matcher.find()) {
            lines.add(List.of(matcher.group(1).replaceFirst("(-[0-9a-f]{32})?\\.svg$", ""), text(matcher.group(2)),
                    text(matcher.group(3))));
        }
        return lines;
    }

    private static String pictureSuffix(String body, String picture) {
        var matcher = Pattern.compile(Pattern.quote(picture) + "(-[0-9a-f]{32})?\\.svg").matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group().substring(picture.length());
    }

    @Test
    void theHomePageTheBslPageAndTheFooterSayTheSameRelayHours() {
        var browser = new WebSession(port);
        var bsl = browser.get("/bsl").body();
        var hours = RELAY_HOURS.matcher(bsl);
        assertThat(hours.find()).as("the hours on /bsl").isTrue();
        assertThat(hours.group(1)).isEqualTo("8am to midnight, every day");
        var home = browser.get("/").body();
        assertThat(main(home)).contains("video relay, open " + hours.group(1) + ".");
        for (String page : List.of(home, bsl, browser.get("/accessibility").body())) {
            assertThat(footer(page)).contains("use our BSL video relay, open " + hours.group(1)
                    + ", or call Relay UK on 18001 101.");
        }
    }

    private static String row(String body, String what) {
        var matcher = Pattern.compile("<th scope=\"row\" class=\"govuk-table__header\">" + Pattern.quote(what)
                + "</th>\\s*<td class=\"govuk-table__cell\">([^<]+)</td>").matcher(body);
        assertThat(matcher.find()).as("a row for " + what).isTrue();
        return matcher.group(1);
    }

    private static List<String> headings(String body) {
        var found = new ArrayList<String>();
        var matcher = HEADING.matcher(main(body));
        while (matcher.find()) {
            found.add(text(matcher.group(2)).strip());
        }
        return found;
    }

    private static String main(String body) {
        return body.substring(body.indexOf("<main"), body.indexOf("</main>"));
    }

    private static String footer(String body) {
        return body.substring(body.indexOf("<footer"), body.indexOf("</footer>"));
    }

    private static String text(String html) {
        return html.replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
