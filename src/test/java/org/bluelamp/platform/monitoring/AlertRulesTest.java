package org.bluelamp.platform.monitoring;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus alert rules in ops/prometheus are valid and do what they say, by Prometheus's own promtool (Debian's
 * prometheus package; bin/test installs it). Their unit tests are in bluelamp-alerts.test.yml. Which metrics they
 * name is checked against the running application in {@link ManagementEndpointsTest}.
 */
class AlertRulesTest {

    static final Path RULES = Path.of("ops/prometheus/bluelamp-alerts.yml");
    private static final Path RULE_TESTS = Path.of("ops/prometheus/bluelamp-alerts.test.yml");

    @Test
    void rulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", RULES.toString())).contains("SUCCESS");
    }

    @Test
    void rulesFireWhenTheyShouldAndNotBefore() throws Exception {
        assertThat(promtool("test", "rules", RULE_TESTS.toString())).contains("SUCCESS");
    }

    private static String promtool(String... arguments) throws IOException, InterruptedException {
        var promtool = List.of(Path.of("/usr/bin/promtool"), Path.of("/usr/local/bin/promtool")).stream()
                .filter(Files::isExecutable).findFirst();
        if (promtool.isEmpty()) {
            // bin/test installs it, so in CI its absence is a failure, not a reason to skip.
            assertThat(System.getenv("CI")).as("promtool is missing: bin/test installs Debian's prometheus package")
                    .isNotEqualTo("true");
            Assumptions.abort("promtool is not installed (apt-get install prometheus, or run bin/test)");
        }
        var command = new java.util.ArrayList<>(List.of(promtool.get().toString()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        assertThat(process.exitValue()).as("promtool " + String.join(" ", arguments) + ":\n" + output).isZero();
        return output;
    }
}
