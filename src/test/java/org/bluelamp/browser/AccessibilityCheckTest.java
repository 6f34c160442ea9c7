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
}
