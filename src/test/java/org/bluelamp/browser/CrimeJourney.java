package org.bluelamp.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The crime journey as a person clicks through it, checking each page for accessibility on the way. */
final class CrimeJourney {

    private final Page page;
    private final int port;
    private final boolean javaScript;
    private final boolean narrow;
    private final Consumer<Page> accessibilityCheck;
    private final String story;
    private int step;

    CrimeJourney(Page page, int port, boolean javaScript, boolean narrow, Consumer<Page> accessibilityCheck) {
        this(page, port, javaScript, narrow, accessibilityCheck, "My bike was taken from the rack outside the library.");
    }

    /** With the reporter's own account of what happened. */
    CrimeJourney(Page page, int port, boolean javaScript, boolean narrow, Consumer<Page> accessibilityCheck,
                 String story) {
        this.story = story;
        this.page = page;
        this.port = port;
        this.javaScript = javaScript;
        this.narrow = narrow;
        this.accessibilityCheck = accessibilityCheck;
    }

    /** Goes from the home page to the confirmation, returning the reference shown. */
    String complete() {
        page.navigate("http://localhost:" + port + "/");
        checkPage("Report it online");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report a crime")).click();

        checkPage("Is a crime happening now, or is anyone in danger?");
        page.getByLabel("No, it is not an emergency").check();
        next();

        checkPage("What kind of crime are you reporting?");
        page.getByLabel("Theft").check();
        next();

        checkPage("What happened?");
        next();
        checkPage("What happened?");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what happened");
        assertThat(page).hasTitle("Error: What happened? – Leicestershire Police");
        page.locator(".govuk-error-summary a").click();
        if (javaScript) {
            assertThat(page.locator("#what-happened")).isFocused();
        } else {
            assertThat(page).hasURL(Pattern.compile(".*#what-happened$"));
        }
        page.locator("#what-happened").fill(story);
        next();

        checkPage("When did it happen?");
        page.getByLabel("On a date and at a time I know").check();
        page.locator("#when-exact-day").fill("3");
        page.locator("#when-exact-month").fill("11");
        page.locator("#when-exact-year").fill("2026");
        page.locator("#when-exact-time").fill("9:30am");
        next();

        checkPage("Where did it happen?");
        page.getByLabel("At an address I know").check();
        page.locator("#where-line1").fill("1 Library Street");
        page.locator("#where-town").fill("Leicester");
        page.locator("#where-postcode").fill("le1 1aa");
        next();

        checkPage("What was stolen?"); // a theft: no "Was anything stolen?" first
        page.getByLabel("Description of the item").fill("Red bicycle");
        page.getByLabel("Estimated value").fill("450");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and add another")).click();
        checkPage("What was stolen?");
        assertThat(page.getByText("Red bicycle, £450.00")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change item 1")).click();
        checkPage("What was stolen?");
        assertThat(page.getByLabel("Description of the item")).hasValue("Red bicycle");
        page.getByLabel("Estimated value").fill("475");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
        checkPage("What was stolen?");
        assertThat(page.getByText("Red bicycle, £475.00")).isVisible();
        next();

        answerRadio("Was anything damaged?", "No");
        answerRadio("Do you know or can you describe who did it?", "No");
        answerRadio("Did anyone else see what happened?", "No");
        answerRadio("Is there any evidence, such as CCTV, photos or videos?", "No");
        answerRadio("Are you the victim of this crime?", "Yes, it happened to me");

        checkPage("What is your full name?");
        page.getByLabel("What is your full name?").fill("Alex Example");
        next();

        checkPage("What is your date of birth?");
        page.getByLabel("Day").fill("27");
        page.getByLabel("Month").fill("3");
        page.getByLabel("Year").fill("1985");
        next();

        checkPage("What is your address?");
        page.getByLabel("Building and street", new Page.GetByLabelOptions().setExact(true)).fill("2 Home Road");
        page.getByLabel("Town or city").fill("Leicester");
        page.getByLabel("Postcode").fill("LE2 2BB");
        next();

        checkPage("How can we contact you?");
        page.getByLabel("Email address").fill("alex@example.com");
        next();

        answerRadio("How would you prefer us to contact you?", "Email");
        answerRadio("Is it safe for us to contact you?", "Yes, at any time");

        checkPage("Do you need any support to talk to us?");
        page.getByLabel("I do not need any support").check();
        next();

        checkPage("Check your answers before sending your report");
        assertThat(page.locator(".govuk-summary-list")).containsText("Red bicycle, £475.00");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Your name")).click();
        checkPage("What is your full name?");
        assertThat(page.getByLabel("What is your full name?")).hasValue("Alex Example");
        page.getByLabel("What is your full name?").fill("Alex Changed");
        next();

        checkPage("Check your answers before sending your report");
        assertThat(page.locator(".govuk-summary-list")).containsText("Alex Changed");
        page.getByLabel("I confirm that the information I have given is true").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and send report")).click();

        checkPage("Report sent");
        assertThat(page.getByText("We'll contact you by email or text within 24 hours.")).isVisible();
        return page.locator("[data-reference]").innerText().strip();
    }

    private void answerRadio(String question, String answer) {
        checkPage(question);
        page.getByLabel(answer, new Page.GetByLabelOptions().setExact(true)).check();
        next();
    }

    private void next() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    private void checkPage(String heading) {
        assertThat(page.locator("h1")).hasText(heading);
        accessibilityCheck.accept(page);
        BrowserSupport.screenshot(page, (javaScript ? "js" : "no-js") + (narrow ? "-320" : ""), ++step);
        if (narrow) {
            BrowserSupport.assertNoSidewaysScrolling(page);
        }
    }
}
