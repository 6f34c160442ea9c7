package org.bluelamp.browser;

import org.bluelamp.StaffAccountsForTests;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright, with axe-core's WCAG 2.2 AA checks. Nothing is downloaded: the
 * browser is the system's, started with the flags a closed network and a root user need.
 */
final class BrowserSupport implements BeforeAllCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * GOV.UK Frontend puts aria-expanded on radios that reveal more questions. ARIA does not list it for radios,
     * but screen readers announce it and GOV.UK keep it on purpose after research (govuk-frontend issue 979), so
     * that one rule skips those radios; it still applies to every other element.
     */
    private static boolean notGovukConditionalRadiosExpandedState(Rule violation) {
        return !("aria-allowed-attr".equals(violation.getId()) && violation.getNodes().stream().allMatch(node ->
                node.getHtml().contains("govuk-radios__input") && node.getHtml().contains("aria-controls=")
                        && node.getAll().stream().allMatch(check -> check.getMessage().contains("aria-expanded"))));
    }
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final List<String> extraArgs;
    private Playwright playwright;
    private Browser browser;

    BrowserSupport() {
        this(List.of());
    }

    /** With more Chromium flags, such as a fake camera for recording in the page. */
    BrowserSupport(List<String> extraArgs) {
        this.extraArgs = List.copyOf(extraArgs);
    }

    /** Starts Chromium once for a test class: {@code @RegisterExtension static final BrowserSupport support}. */
    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(Stream.concat(Stream.of("--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run"), extraArgs.stream()).toList()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        browser.close();
        playwright.close();
    }

    Browser browser() {
        return browser;
    }

    /**
     * Checks pages with axe. axe is a script, so a page in a browser with JavaScript off is checked as a copy:
     * its HTML, without scripts, in a page that can run axe, with the same styles.
     */
    Consumer<Page> accessibilityCheck(boolean javaScriptEnabled) {
        if (javaScriptEnabled) {
            return BrowserSupport::assertAccessible;
        }
        Page copy = browser.newContext().newPage();
        return page -> {
            String html = page.content().replaceAll("(?s)<script\\b.*?</script>", "")
                    .replaceFirst("<head>", "<head><base href=\"" + page.url() + "\">");
            copy.setContent(html);
            assertAccessible(copy, page.url());
        };
    }

    /**
     * axe run as axe.run in the page itself (legacy mode: no page has frames, so there is nothing to gather across
     * frames in a second, blank page), reporting each passing and inapplicable rule once rather than with every node
     * it looked at. Together they halve the time a check takes, and the browser tests were most of the suite's time.
     */
    private static AxeRunOptions violationsOnly() {
        var options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** Fails with the rule, the help text and the offending elements if the page breaks any WCAG A or AA rule. */
    static void assertAccessible(Page page) {
        assertAccessible(page, page.url());
    }

    private static void assertAccessible(Page page, String url) {
        var results = new AxeBuilder(page).options(violationsOnly()).withTags(WCAG).setLegacyMode(true).analyze();
        assertThat(results.isErrored()).as(() -> "axe could not check " + url + ": " + results.getErrorMessage())
                .isFalse();
        List<Rule> violations = results.getViolations().stream()
                .filter(BrowserSupport::notGovukConditionalRadiosExpandedState).toList();
        assertThat(violations)
                .as(() -> "Accessibility violations on " + url + ":\n" + violations.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> n.getHtml()).collect(Collectors.joining(" | ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /**
     * With {@code -Dbluelamp.screenshots=true} ({@code bin/test -Dbluelamp.screenshots=true}), saves what the page
     * looks like, full length, in target/screenshots/<journey>/, so a person can look through every page a journey
     * visited. Off otherwise: no one looks at them in CI, and the few hundred full-page pictures cost minutes.
     */
    static void screenshot(Page page, String journey, int step) {
        String name = String.format("%02d-%s.png", step,
                page.url().replaceFirst("https?://[^/]+/", "").replaceAll("[^a-zA-Z0-9]+", "-"));
        screenshot(page, Path.of("target", "screenshots", journey, name));
    }

    static void screenshot(Page page, Path file) {
        if (Boolean.getBoolean("bluelamp.screenshots")) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file));
        }
    }

    /** Signs in as a member of staff does: the password, then the code their authenticator app shows. */
    static void signIn(Page page, int port, StaffAccountsForTests.Account account) {
        signIn(page, port, account, account.code());
    }

    /** The same, with the code the app shows at a given moment (for a test that moved the application's clock). */
    static void signIn(Page page, int port, StaffAccountsForTests.Account account, String code) {
        page.navigate("http://localhost:" + port + "/staff");
        page.getByLabel("Username").fill(account.username());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(StaffAccountsForTests.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.getByLabel("Enter the code from your authenticator app").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    /** People on small phones must not have to scroll sideways (WCAG 1.4.10 reflow). */
    static void assertNoSidewaysScrolling(Page page) {
        var widths = (Map<?, ?>) page.evaluate(
                "() => ({scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth})");
        assertThat(((Number) widths.get("scroll")).intValue()).as("page width at " + page.url())
                .isLessThanOrEqualTo(((Number) widths.get("view")).intValue());
    }


    /**
     * WCAG 2.5.8 target size (minimum): every visible control or link is at least 24 by 24 CSS px, or a 24 px circle
     * on its centre touches no other target. Links inside a sentence are exempt, as the rule says (display inline).
     */
    static void assertTargetsBigEnoughOrSpaced(Page page) {
        var small = (List<?>) page.evaluate(TARGETS_TOO_SMALL);
        assertThat(small).as("targets under 24 px and too close to another at " + page.url()).isEmpty();
    }

    private static final String TARGETS_TOO_SMALL = """
            () => {
              const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
              const inline = el => el.tagName === 'A' && getComputedStyle(el).display === 'inline'
                && el.parentElement && el.parentElement.textContent.trim() !== el.textContent.trim();
              const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]')]
                .map(el => el.matches('.govuk-radios__input, .govuk-checkboxes__input') ? el.parentElement : el)
                .filter(visible);
              const name = el => (el.id || el.className || el.tagName) + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
              const problems = [];
              for (const el of all) {
                const r = el.getBoundingClientRect();
                if ((r.width >= 24 && r.height >= 24) || inline(el)) continue;
                const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
                const near = all.find(other => other !== el && !other.contains(el) && !el.contains(other) && (() => {
                  const o = other.getBoundingClientRect();
                  const dx = Math.max(o.left - cx, 0, cx - o.right), dy = Math.max(o.top - cy, 0, cy - o.bottom);
                  return Math.hypot(dx, dy) < 12 || (o.width < 24 || o.height < 24)
                    && Math.hypot(o.left + o.width / 2 - cx, o.top + o.height / 2 - cy) < 24; })());
                if (near) problems.push(name(el) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' near ' + name(near));
              }
              return problems;
            }""";

    /**
     * Tabs through the page from the top: each element that takes the focus must show it (GOV.UK's yellow outline or
     * shadow; for a radio or checkbox, on its label's circle or box) and have its centre on screen with nothing over
     * it, such as the sticky "Exit this page" button (WCAG 2.4.7 and 2.4.11). The page is scrolled as Tab scrolls it.
     */
    static void assertFocusShownAndNotHidden(Page page, int mostTabStops) {
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        var seen = new java.util.HashSet<Object>();
        for (int i = 0; i < mostTabStops; i++) {
            page.keyboard().press("Tab");
            var focus = (Map<?, ?>) page.evaluate(FOCUS_PROBLEM);
            if (focus == null) {
                break; // the focus left the page: every stop was checked
            }
            assertThat(focus.get("problem")).as("focus on %s at %s", focus.get("name"), page.url()).isNull();
            if (!seen.add(focus.get("name") + "@" + focus.get("index"))) {
                break;
            }
        }
    }

    private static final String FOCUS_PROBLEM = """
            () => {
              const el = document.activeElement;
              if (!el || el === document.body) return null;
              const all = [...document.querySelectorAll('*')];
              const name = e => e ? (e.id || (typeof e.className === 'string' && e.className) || e.tagName) : 'nothing';
              // a link wrapping over lines is checked on its first line, where its box is
              const r = el.getClientRects()[0] || el.getBoundingClientRect();
              const x = r.left + r.width / 2, y = r.top + Math.min(r.height / 2, 12);
              let problem = null;
              if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) problem = 'off screen';
              else {
                const hit = document.elementFromPoint(x, y);
                const label = el.labels && el.labels[0];
                if (!(hit === el || el.contains(hit) || (label && (label === hit || label.contains(hit)))
                      || (el.matches('.govuk-radios__input, .govuk-checkboxes__input') && el.parentElement.contains(hit))))
                  problem = 'covered by ' + name(hit);
              }
              const shows = s => s && ((s.boxShadow && s.boxShadow !== 'none')
                || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\\(.*, 0\\)|transparent/.test(s.outlineColor)));
              let style = getComputedStyle(el);
              if (el.matches('.govuk-radios__input, .govuk-checkboxes__input') && el.labels && el.labels[0])
                style = getComputedStyle(el.labels[0], el.matches('.govuk-radios__input') ? '::after' : '::before');
              if (!problem && !shows(style) && !shows(getComputedStyle(el.labels && el.labels[0] ? el.labels[0] : el, '::before')))
                problem = 'shows no focus';
              return {name: name(el), index: all.indexOf(el), problem: problem};
            }""";
}
