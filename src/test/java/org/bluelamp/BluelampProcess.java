package org.bluelamp;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * Bluelamp run as people run it: {@code java -jar target/bluelamp.jar} in a process of its own, on a data folder,
 * with its output in a log file. It can be killed as the kernel would kill it, or stopped as a service manager would.
 */
public final class BluelampProcess {

    /**
     * How the JVM is started: which jar, and the JVM options before {@code -jar}.
     *
     * @see #BIN_RUN
     */
    public record Launch(Path jar, List<String> jvmOptions) {

        /** The plain jar Maven builds, with the JVM's defaults. */
        public static final Launch PLAIN = new Launch(Path.of("target", "bluelamp.jar"), List.of());

        /** As bin/run starts it: the unpacked jar, with its class-data archive and bin/jvm.options. */
        public static final Launch BIN_RUN = new Launch(Path.of("target", "app", "bluelamp.jar"),
                List.of("@" + Path.of("bin", "jvm.options").toAbsolutePath()));

        public Launch with(List<String> moreOptions) {
            var options = new ArrayList<>(jvmOptions);
            options.addAll(moreOptions);
            return new Launch(jar, List.copyOf(options));
        }
    }

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final int managementPort;

    private BluelampProcess(Process process, Path dataDir, Path log, int port, int managementPort) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts Bluelamp as bin/run does. */
    public static BluelampProcess start(Path dataDir, Path log, String... arguments) throws IOException {
        return start(dataDir, log, Launch.BIN_RUN, arguments);
    }

    public static BluelampProcess start(Path dataDir, Path log, Launch launch, String... arguments) throws IOException {
        return startOn(freePort(), dataDir, log, launch, arguments);
    }

    /** Starts Bluelamp on a given port: an instance restarted behind a load balancer keeps its address. */
    public static BluelampProcess startOn(int port, Path dataDir, Path log, Launch launch, String... arguments)
            throws IOException {
        if (launch.jar().startsWith(Path.of("target", "app"))) {
            prepareStart();
        }
        // Its management port too (probes, metrics): two processes at once must not both take the default.
        int managementPort = freePort();
        var command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toAbsolutePath().toString(), "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--bluelamp.database.data-dir=" + dataDir, "--bluelamp.staff.admin-password=crash-test-password"));
        command.addAll(oneAddressLimits());
        command.addAll(List.of(arguments));
        Files.createDirectories(log.getParent());
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new BluelampProcess(process, dataDir, log, port, managementPort);
    }

    /**
     * Every request of a crowd, crash or bench run comes from 127.0.0.1: the limits per client address and per
     * recipient (bluelamp.limits) are raised far above what such a run sends, as application-test.yml does.
     */
    private static List<String> oneAddressLimits() {
        var limits = new ArrayList<String>();
        for (var action : org.bluelamp.platform.limits.LimitedAction.values()) {
            for (String each : List.of("per-client", "per-recipient", "per-recipient-daily")) {
                limits.add("--bluelamp.limits.actions." + action.code() + "." + each + "=1000000");
            }
        }
        return limits;
    }

    /** Unpacks the jar and makes its class-data archive, as bin/run does before it starts Bluelamp. */
    private static synchronized void prepareStart() throws IOException {
        try {
            var output = Path.of("target", "prepare-start.log");
            var prepare = new ProcessBuilder("bin/prepare-start").redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (prepare.waitFor() != 0) {
                throw new IllegalStateException("bin/prepare-start failed:\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the home page answers, failing at once with the log if the process ends first. */
    public BluelampProcess awaitReady() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await("Bluelamp ready on port " + port).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("Bluelamp exited with " + process.exitValue()
                                + " instead of starting. Its log:\n" + log());
                    }
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
        return this;
    }

    public int port() {
        return port;
    }

    /** Where its health, info and Prometheus metrics answer. */
    public int managementPort() {
        return managementPort;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The embedded PostgreSQL's process, from its pid file. */
    public long postmasterPid() throws IOException {
        return Long.parseLong(postmasterPidFile().getFirst().strip());
    }

    /** The embedded PostgreSQL itself, for checking what was stored (its port is in its pid file). */
    public DataSource database() throws IOException {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[]{"localhost"});
        dataSource.setPortNumbers(new int[]{Integer.parseInt(postmasterPidFile().get(3).strip())});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        return dataSource;
    }

    private List<String> postmasterPidFile() throws IOException {
        return Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
    }

    /** Child processes of the JVM (the embedded server's watchdog). */
    public List<ProcessHandle> children() {
        return process.children().toList();
    }

    /** SIGKILL, as the out-of-memory killer sends: no shutdown hooks run. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stops a service; the exit code, or empty if it did not end in time. */
    public Optional<Integer> stop(Duration patience) throws InterruptedException {
        process.destroy();
        return process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                ? Optional.of(process.exitValue()) : Optional.empty();
    }

    /** Waits for a process that is expected to give up by itself; its exit code. */
    public int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Bluelamp did not exit. Its log:\n" + log());
        }
        return process.exitValue();
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
