package org.bluelamp.platform.logs;

import org.bluelamp.TestPersonalData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every log of the test run holds none of the personal data the tests typed: the output of each test class
 * (target/surefire-reports and target/failsafe-reports, *-output.txt) and every log file of a jar the tests ran
 * (*.log under target/). It runs last, after the other tests of the jar (pom.xml). The test sources, which hold
 * the values, are never read.
 */
class LogsHoldNoPersonalDataIT {

    private static final Path TARGET = Path.of("target");
    private static final String OWN_OUTPUT = LogsHoldNoPersonalDataIT.class.getName() + "-output.txt";

    @Test
    void noLogOfTheTestRunHoldsTheTestsPersonalData() throws IOException {
        var logs = logs();
        assertThat(logs).as("logs of the tests that ran before, under target/").isNotEmpty();

        var found = new ArrayList<String>();
        for (Path log : logs) {
            try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                var numbered = lines.toList();
                for (int i = 0; i < numbered.size(); i++) {
                    String leak = leak(numbered.get(i));
                    if (leak != null) {
                        // The value is named by its kind and place only: this report is a log too.
                        found.add(TARGET.relativize(log) + ":" + (i + 1) + " holds " + leak);
                    }
                }
            } catch (UncheckedIOException notText) {
                found.add(TARGET.relativize(log) + " could not be read as UTF-8 text");
            }
        }
        assertThat(found).as("personal data in the test run's logs").isEmpty();
    }

    /** What kind of personal data the line holds, or null. */
    private static String leak(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (int v = 0; v < TestPersonalData.VALUES.size(); v++) {
            if (lower.contains(TestPersonalData.VALUES.get(v).toLowerCase(Locale.ROOT))) {
                return "TestPersonalData.VALUES[" + v + "]";
            }
        }
        for (int p = 0; p < TestPersonalData.PATTERNS.size(); p++) {
            if (TestPersonalData.PATTERNS.get(p).matcher(line).find()) {
                return "a match of TestPersonalData.PATTERNS[" + p + "]";
            }
        }
        return null;
    }

    private static List<Path> logs() throws IOException {
        try (Stream<Path> files = Files.walk(TARGET)) {
            return files.filter(Files::isRegularFile).filter(LogsHoldNoPersonalDataIT::isLog).sorted().toList();
        }
    }

    private static boolean isLog(Path file) {
        String name = file.getFileName().toString();
        if (name.equals(OWN_OUTPUT)) {
            return false;
        }
        Path parent = TARGET.relativize(file.getParent());
        boolean reports = parent.equals(Path.of("surefire-reports")) || parent.equals(Path.of("failsafe-reports"));
        return reports ? name.endsWith("-output.txt") : name.endsWith(".log") && !parent.startsWith("classes")
                && !parent.startsWith("test-classes");
    }
}
