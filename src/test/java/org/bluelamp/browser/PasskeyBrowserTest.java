package org.bluelamp.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff adds a passkey after their password and code, signs out, and signs in with the passkey alone.
 * The passkey is Chromium's virtual authenticator (over the DevTools protocol): a platform authenticator that
 * keeps passkeys and checks who holds it, as a laptop's fingerprint reader does.
 */
@BluelampTest
@Tag("browser")
class PasskeyBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private CDPSession cdp;
    private String authenticatorId;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void open() {
        context = support.browser().newContext();
        page = context.newPage();
        page.onPageError(scriptErrors::add);
        cdp = context.newCDPSession(page);
        cdp.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("ctap2Version", "ctap2_1");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var params = new JsonObject();
        params.add("options", options);
        authenticatorId = cdp.send("WebAuthn.addVirtualAuthenticator", params).get("authenticatorId").getAsString();
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(scriptErrors).as("script errors in the pages").isEmpty();
    }

    @Test
    void aPasskeyAddedAfterPasswordAndCodeSignsInAlone() {
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        signInWithPasswordAndCode(handler);
        addPasskey("Work laptop");
        signOut();

        page.navigate("http://localhost:" + port + "/staff/sign-in");
        page.evaluate("() => fetch('/webauthn/authenticate/options', {method: 'POST', headers: "
                + "{'X-XSRF-TOKEN': document.querySelector('input[name=\"_csrf\"]').value}})");
        String sessionBefore = sessionId();
        assertThat(sessionBefore).as("a session holds the passkey challenge").isNotNull();
        signInWithPasskey();
        assertThat(page.locator("h1")).hasText("Contacts");
        assertThat(page.url()).endsWith("/staff/contacts");
        assertThat(sessionId()).as("a new session id after the passkey").isNotEqualTo(sessionBefore);
        BrowserSupport.assertAccessible(page);
    }

    @Test
    void aDisabledAccountCannotUseItsPasskey() {
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        signInWithPasswordAndCode(handler);
        addPasskey("Work laptop");
        signOut();
        jdbc.sql("UPDATE staff_account SET enabled = false WHERE username = :u").param("u", handler.username()).update();

        signInWithPasskey();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Your passkey could not be used");
        assertThat(page.locator("h1")).hasText("Sign in");
        BrowserSupport.assertAccessible(page);
        page.navigate("http://localhost:" + port + "/staff/contacts");
        assertThat(page.locator("h1")).hasText("Sign in");
    }

    @Test
    void aPasskeyThatDoesNotCheckWhoHoldsItIsRefused() {
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        signInWithPasswordAndCode(handler);
        addPasskey("Work laptop");
        signOut();
        var notVerified = new JsonObject();
        notVerified.addProperty("authenticatorId", authenticatorId);
        notVerified.addProperty("isUserVerified", false);
        cdp.send("WebAuthn.setUserVerified", notVerified);

        signInWithPasskey();
        assertThat(page.locator(".govuk-error-summary")).containsText("Your passkey could not be used");
        page.navigate("http://localhost:" + port + "/staff/contacts");
        assertThat(page.locator("h1")).hasText("Sign in");
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("bluelamp_staff_session")).map(c -> c.value)
                .findFirst().orElse(null);
    }

    private void signInWithPasswordAndCode(StaffAccountsForTests.Account account) {
        BrowserSupport.signIn(page, port, account);
        assertThat(page.locator("h1")).hasText("Contacts");
    }

    private void addPasskey(String label) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passkeys")).click();
        assertThat(page.locator("h1")).hasText("Passkeys");
        assertThat(page.getByText("You have no passkeys yet")).isVisible();
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "passkeys", 1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the passkey");
        BrowserSupport.assertAccessible(page);

        page.getByLabel("Name this passkey").fill(label);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
        assertThat(page.getByText("Your passkey has been added.")).isVisible();
        assertThat(page.locator("table")).containsText(label);
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "passkeys", 2);
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByText("You have signed out.")).isVisible();
    }

    private void signInWithPasskey() {
        page.navigate("http://localhost:" + port + "/staff/sign-in");
        var button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"));
        assertThat(button).isVisible();
        BrowserSupport.assertAccessible(page);
        button.click();
    }
}
