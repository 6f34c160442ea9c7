package org.bluelamp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a benchmark run is asked for, from system properties ({@code -Dbench.x=...}, set by the scripts in bench/),
 * with small defaults so that CI runs every benchmark briefly and they cannot rot; and where its table goes.
 */
final class BenchSettings {

    private static final Logger log = LoggerFactory.getLogger(BenchSettings.class);
    static final Path RESULTS = Path.of("target", "bench");

    private BenchSettings() {
    }

    static List<Integer> integers(String name, String fallback) {
        return Arrays.stream(System.getProperty("bench." + name, fallback).split(",")).map(String::strip)
                .map(Integer::parseInt).toList();
    }

    static int integer(String name, int fallback) {
        return Integer.getInteger("bench." + name, fallback);
    }

    static Duration duration(String name, String fallback) {
        return Duration.parse("PT" + System.getProperty("bench." + name, fallback).toUpperCase());
    }

    static String text(String name, String fallback) {
        return System.getProperty("bench." + name, fallback);
    }

    /** Extra arguments for the application under test, such as {@code --bluelamp.database.pool.max-size=20}. */
    static String[] appArguments() {
        return Arrays.stream(text("app-args", "").split(" +")).filter(a -> !a.isBlank()).toArray(String[]::new);
    }

    /** Writes a result table to target/bench/NAME.md and the log, for the script to print. */
    static void report(String name, String title, String table) throws IOException {
        Files.createDirectories(RESULTS);
        String text = "### " + title + "\n\n" + table + "\n";
        Files.writeString(RESULTS.resolve(name + ".md"), text);
        log.info("\n{}", text);
    }

    /** The machine, for the results table. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + Runtime.version().feature();
    }
}
