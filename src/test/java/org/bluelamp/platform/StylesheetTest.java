package org.bluelamp.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet compiles only the GOV.UK Frontend components the pages use (src/main/scss/bluelamp.scss), so a
 * template that starts using another one must not go unstyled.
 */
class StylesheetTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path STYLESHEET = Path.of("target/classes/static/assets/css/bluelamp.css");
    private static final Path STAFF_STYLESHEET = Path.of("target/classes/static/assets/css/staff.css");
    /** The packages as the build unpacked them (pom.xml, fetch-frontend). */
    private static final Path GOVUK_FRONTEND_CSS =
            Path.of("target/frontend/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css");
    private static final Path MOJ_FRONTEND_CSS = Path.of("target/frontend/moj/moj-frontend.min.css");
    private static final Pattern MOJ_CLASS = Pattern.compile("moj-[a-z0-9-]+(?:__[a-z0-9-]+)?(?:--[a-z0-9-]+)?");
    /** Modifiers whole in a template (not the start of one made in code, such as "govuk-input--width-"). */
    private static final Pattern MODIFIER =
            Pattern.compile("(?:govuk|moj)-[a-z0-9-]+(?:__[a-z0-9-]+)?--[a-z0-9]+(?:-[a-z0-9]+)*(?![a-z0-9-])");
    private static final Set<String> UNSTYLED_MODIFIERS = Set.of(
            "govuk-file-upload--error", // a hook GOV.UK's own templates write; the error styles are on the group
            "govuk-tag--blue");         // GOV.UK Frontend 6's tag is blue without a modifier
    private static final Pattern GOVUK_CLASS = Pattern.compile("govuk-[a-z0-9-]+(?:__[a-z0-9-]+)?(?:--[a-z0-9-]+)?");

    @Test
    void everyGovukClassTheTemplatesUseThatFrontendStylesIsInTheStylesheet() throws IOException {
        String ours = Files.readString(STYLESHEET);
        assertThat(styledClassesInTemplates(GOVUK_CLASS, GOVUK_FRONTEND_CSS))
                .contains("govuk-button", "govuk-radios__input", "govuk-summary-list__key")
                .filteredOn(name -> !styles(ours, name))
                .as("GOV.UK classes used in src/main/jte but missing from the stylesheet: import their component "
                        + "in src/main/scss/bluelamp.scss")
                .isEmpty();
    }

    @Test
    void everyMojClassTheTemplatesUseIsInTheStaffStylesheetInTheForcesFont() throws IOException {
        String ours = Files.readString(STAFF_STYLESHEET);
        assertThat(styledClassesInTemplates(MOJ_CLASS, MOJ_FRONTEND_CSS))
                .contains("moj-timeline", "moj-sub-navigation__link", "moj-badge")
                .filteredOn(name -> !styles(ours, name))
                .as("MoJ classes used in src/main/jte but missing from staff.css: add their component in "
                        + "src/main/scss/staff.scss")
                .isEmpty();
        assertThat(ours).doesNotContain("GDS Transport");
    }

    /**
     * A colour or variant the packages dropped in an upgrade (GOV.UK Frontend 6 has no light blue tag) would leave, say,
     * "In progress" looking like "New" with no error anywhere: every modifier the templates use must be the packages'.
     */
    @Test
    void everyModifierTheTemplatesUseIsOneThePackagesStyle() throws IOException {
        String packages = Files.readString(GOVUK_FRONTEND_CSS) + Files.readString(MOJ_FRONTEND_CSS);
        assertThat(classesInTemplates(MODIFIER))
                .contains("govuk-tag--red", "moj-badge--blue")
                .filteredOn(name -> !UNSTYLED_MODIFIERS.contains(name) && !styles(packages, name))
                .as("modifiers used in src/main/jte that GOV.UK Frontend and MoJ Frontend do not style")
                .isEmpty();
    }

    /** The classes of this kind the templates use that the whole of the package's own stylesheet styles. */
    private static Set<String> styledClassesInTemplates(Pattern classes, Path packageCss) throws IOException {
        String all = Files.readString(packageCss);
        return classesInTemplates(classes).stream().filter(name -> styles(all, name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean styles(String css, String name) {
        return Pattern.compile("\\." + name + "(?![a-z0-9_-])").matcher(css).find();
    }

    private static Set<String> classesInTemplates(Pattern classes) throws IOException {
        var names = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jte")).toList()) {
                classes.matcher(Files.readString(file)).results().map(match -> match.group()).forEach(names::add);
            }
        }
        return names;
    }
}
