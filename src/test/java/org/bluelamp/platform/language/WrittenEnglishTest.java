package org.bluelamp.platform.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template or Java class writes words for people directly: they come from messages in the reader's language, so
 * a Welsh page is Welsh throughout. What is let stand is listed, with its reason, in written-english-allowed.txt.
 */
class WrittenEnglishTest {

    @Test
    void noTemplateWritesWordsForPeopleDirectly() throws IOException {
        assertThat(notAllowed(findings("src/main/jte", ".jte"))).as("words written in templates instead of messages")
                .isEmpty();
    }

    @Test
    void noJavaClassWritesWordsForPeopleDirectly() throws IOException {
        assertThat(notAllowed(findings("src/main/java", ".java"))).as("words written in Java instead of messages")
                .isEmpty();
    }

    @Test
    void theTemplateCheckFindsTextAndTheAttributesPeopleReadButNotCode() {
        String template = """
                @import org.bluelamp.platform.Frame
                @param Frame frame
                <%-- A comment is not read by anyone --%>
                @template.platform.layout(frame = frame, title = frame.t("x.title"), content = @`
                  <h1 class="govuk-heading-l">${frame.t("x.heading")}</h1>
                  <p class="govuk-body">Report a crime</p>
                  @if(frame.signedIn())<span class="govuk-visually-hidden">Warning</span>@endif
                  <img src="/a.png" alt="A police officer">
                  <a href="/x" aria-label="${frame.t("x.label")}">${frame.t("x.link")}</a>
                  <input type="submit" value="Continue">
                  <input type="radio" value="yes">
                  <script>var shown = "not checked here";</script>
                `)
                """;

        var found = WrittenEnglish.inTemplate("x.jte", template).stream().map(f -> f.where() + ": " + f.text()).toList();

        assertThat(found).containsExactly("text: Report a crime", "text: Warning", "alt: A police officer",
                "value: Continue");
    }

    @Test
    void theJavaCheckFindsSentencesButNotKeysLogsExceptionsOrSql() {
        String java = """
                class Example {
                    String page(Frame frame) {
                        log.info("Sent the answer to {}", reference);
                        if (missing) {
                            throw new IllegalStateException("The answer is missing");
                        }
                        var sql = jdbc.sql("SELECT id FROM report WHERE status = :status");
                        // "Words in a comment" are not written for anyone
                        model.addAttribute("title", frame.t("report.title"));
                        model.addAttribute("pattern", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy"));
                        return "Your report has been sent";
                    }
                }
                """;

        var found = WrittenEnglish.inJava("Example.java", java).stream().map(WrittenEnglish.Finding::text).toList();

        assertThat(found).containsExactly("Your report has been sent");
    }

    @Test
    void theAllowListNamesOnlyWhatItLetsStand() throws IOException {
        var finding = new WrittenEnglish.Finding("src/main/java/org/bluelamp/reporting/Example.java", 3, "literal",
                "Your report has been sent");

        assertThat(notAllowed(List.of(finding))).as("not on the list, so the check fails").containsExactly(finding);
    }

    private static List<WrittenEnglish.Finding> findings(String root, String extension) throws IOException {
        var found = new ArrayList<WrittenEnglish.Finding>();
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            for (Path file : files.filter(p -> p.toString().endsWith(extension)).sorted().toList()) {
                String name = file.toString().replace('\\', '/');
                String source = Files.readString(file, StandardCharsets.UTF_8);
                found.addAll(extension.equals(".jte") ? WrittenEnglish.inTemplate(name, source)
                        : WrittenEnglish.inJava(name, source));
            }
        }
        return found;
    }

    private static List<WrittenEnglish.Finding> notAllowed(List<WrittenEnglish.Finding> findings) throws IOException {
        var allowed = new ArrayList<String[]>();
        try (var in = WrittenEnglishTest.class.getResourceAsStream("/written-english-allowed.txt")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(" \\| ", 2);
                    allowed.add(new String[] {parts[0].strip(), parts[1].strip()});
                }
            }
        }
        return findings.stream().filter(f -> allowed.stream().noneMatch(a -> f.file().startsWith(a[0])
                && (a[1].equals("*") || a[1].equals(f.text())))).toList();
    }
}
