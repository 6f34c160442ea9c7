package org.bluelamp.platform.language;

import org.bluelamp.BluelampTest;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The language link: it keeps the reader's place, is remembered, marks each language, and never reaches staff. */
@BluelampTest
class LanguageSwitchTest {

    @LocalServerPort
    int port;

    @Test
    void aPageIsInTheFirstOfferedLanguageUntilTheReaderChoosesAnother() {
        var page = new WebSession(port).get("/report");

        assertThat(page.body()).contains("<html lang=\"en-GB\"")
                .contains("<span lang=\"en-GB\" aria-current=\"true\">English</span>")
                .contains("<a class=\"govuk-link\" href=\"/report?lang=cy\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>");
    }

    @Test
    void choosingALanguageReturnsToTheSamePageWithTheRestOfItsAddressAndRemembersIt() {
        var browser = new WebSession(port);

        var switched = browser.raw("/track?page=2&lang=cy");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/track?page=2");
        assertThat(browser.cookie("bluelamp_lang")).isEqualTo("cy");
        assertThat(switched.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("bluelamp_lang=cy")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Max-Age"));
        var again = browser.get("/report");
        assertThat(again.body()).contains("<html lang=\"cy\"")
                .contains("<a class=\"govuk-link\" href=\"/report?lang=en\" lang=\"en-GB\" hreflang=\"en-GB\">English</a>");
    }

    @Test
    void theBslRelaysHoursAreWrittenInThePagesLanguage() {
        var browser = new WebSession(port);

        var english = browser.get("/report");
        var welsh = browser.get("/report?lang=cy");

        assertThat(english.body()).contains("8am to midnight, every day");
        assertThat(welsh.body()).contains("hanner nos").doesNotContain("8am to midnight");
    }

    @Test
    void aLanguageNotOfferedIsIgnored() {
        var browser = new WebSession(port);

        var page = browser.raw("/report?lang=xx");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/report");
        assertThat(browser.cookie("bluelamp_lang")).isNull();
    }

    @Test
    void staffPagesAreAlwaysInEnglishAndHaveNoLanguageLink() {
        var browser = new WebSession(port);
        browser.get("/report?lang=cy");

        var signIn = browser.get("/staff/sign-in");

        assertThat(signIn.body()).contains("<html lang=\"en-GB\"").doesNotContain("Cymraeg");
    }
}
