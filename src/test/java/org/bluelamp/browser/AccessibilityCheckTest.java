package org.bluelamp.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check every browser test runs on every page finds what it is there to find, as it is configured (violations
 * only, axe run in the page): a page that breaks WCAG rules fails with the rules named, a clean one passes.
 */
@Tag("browser")
class AccessibilityCheckTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Test
    void aPageBreakingWcagRulesFailsNamingThem() {
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            page.setContent("""
                    <!DOCTYPE html><html><head><title>Broken</title></head><body><main>
                    <img src="photo.png"><form><input type="text" id="name"></form></main></body></html>""");

            assertThatThrownBy(() -> BrowserSupport.assertAccessible(page)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt").hasMessageContaining("label").hasMessageContaining("html-has-lang");
        }
    }

    @Test
    void aCleanPagePasses() {
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><head><title>Clean</title></head><body><main><h1>Clean</h1>
                    <img src="photo.png" alt="A lamp"><form><label for="name">Name</label>
                    <input type="text" id="name" autocomplete="name"></form></main></body></html>""");

            assertThatCode(() -> BrowserSupport.assertAccessible(page)).doesNotThrowAnyException();
        }
    }

    @Test
    void smallTargetsCloseTogetherFailButSpacedOnesAndLinksInASentencePass() {
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><body><button style="width:16px;height:16px;padding:0">a</button><button
                    style="width:16px;height:16px;padding:0">b</button></body></html>""");
            assertThatThrownBy(() -> BrowserSupport.assertTargetsBigEnoughOrSpaced(page))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("16x16");

            page.setContent("""
                    <!DOCTYPE html><html lang="en"><body><button style="width:16px;height:16px;padding:0">a</button>
                    <button style="width:16px;height:16px;padding:0;margin-left:40px">b</button>
                    <p>Read <a href="/x">this</a> first.</p></body></html>""");
            assertThatCode(() -> BrowserSupport.assertTargetsBigEnoughOrSpaced(page)).doesNotThrowAnyException();
        }
    }

    @Test
    void focusThatDoesNotShowOrIsUnderSomethingStickyFails() {
        try (var context = support.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(320, 256))) {
            Page page = context.newPage();
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><body><a href="/x" style="outline:none">Plain</a></body></html>""");
            assertThatThrownBy(() -> BrowserSupport.assertFocusShownAndNotHidden(page, 5))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("shows no focus");

            page.setContent("""
                    <!DOCTYPE html><html lang="en"><body style="margin:0">
                    <div style="position:fixed;top:0;left:0;right:0;height:60px;background:red">Exit</div>
                    <a href="/x" style="display:block;margin-top:10px;outline:3px solid #fd0">Under</a></body></html>""");
            assertThatThrownBy(() -> BrowserSupport.assertFocusShownAndNotHidden(page, 5))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("covered by");

            page.setContent("""
                    <!DOCTYPE html><html lang="en"><body><a href="/x" style="outline:3px solid #fd0">Shown</a></body></html>""");
            assertThatCode(() -> BrowserSupport.assertFocusShownAndNotHidden(page, 5)).doesNotThrowAnyException();
        }
    }
}
