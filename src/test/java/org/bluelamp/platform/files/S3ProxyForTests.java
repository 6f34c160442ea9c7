package org.bluelamp.platform.files;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * S3Proxy (github.com/gaul/s3proxy), a real S3-compatible server, run as a separate process on a free port of
 * 127.0.0.1 with its objects in a folder under target/test-data: one for the whole test JVM, started when first
 * asked for and stopped when the JVM ends. Maven copies its jar to target/s3proxy/s3proxy.jar
 * (generate-test-resources). It checks AWS v2/v4 signatures against {@link #ACCESS_KEY}/{@link #SECRET_KEY}.
 */
public final class S3ProxyForTests {

    public static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");
    public static final String ACCESS_KEY = "bluelamp-test-access";
    public static final String SECRET_KEY = "bluelamp-test-secret";
    /** Made at start; application-test.yml keeps each application context's files under its own prefix in it. */
    public static final String BUCKET = "bluelamp-test";
    public static final String REGION = "us-east-1";

    private static S3ProxyForTests shared;

    private final URI endpoint;
    private final Path folder;
    private final Process process;

    private S3ProxyForTests(URI endpoint, Path folder, Process process) {
        this.endpoint = endpoint;
        this.folder = folder;
        this.process = process;
    }

    /** The JVM's server, started (and the bucket made) on first call. */
    public static synchronized S3ProxyForTests shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "s3proxy-stop"));
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Where S3Proxy keeps the objects: a folder per bucket, a file per object (its key as the path). */
    public Path folder() {
        return folder;
    }

    /** A client for the server, as the application makes one. */
    public S3Client client() {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).endpointOverride(endpoint)
                .region(Region.of(REGION)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /** A store in the shared bucket under a prefix of its own, as the application makes it. */
    public S3FileStore store(String prefix) {
        return S3FileStore.of(new FileStoreProperties.S3Properties(endpoint, REGION, BUCKET, prefix, ACCESS_KEY,
                SECRET_KEY, true, null));
    }

    private static S3ProxyForTests start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests through Maven (./mvnw test), which "
                    + "copies S3Proxy there");
        }
        try {
            int port = freePort();
            var folder = Files.createDirectories(Path.of("target", "test-data", "s3proxy-" + UUID.randomUUID())
                    .toAbsolutePath());
            Files.createDirectories(folder.resolve("objects"));
            var endpoint = URI.create("http://127.0.0.1:" + port);
            var properties = folder.resolve("s3proxy.properties");
            Files.writeString(properties, """
                    s3proxy.endpoint=%s
                    s3proxy.authorization=aws-v2-or-v4
                    s3proxy.identity=%s
                    s3proxy.credential=%s
                    jclouds.provider=filesystem
                    jclouds.filesystem.basedir=%s
                    """.formatted(endpoint, ACCESS_KEY, SECRET_KEY, folder.resolve("objects")));
            String java = ProcessHandle.current().info().command().orElse("java");
            var process = new ProcessBuilder(java, "-Xmx192m", "-jar", JAR.toAbsolutePath().toString(),
                    "--properties", properties.toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("s3proxy.log").toFile()).start();
            var server = new S3ProxyForTests(endpoint, folder.resolve("objects"), process);
            await("S3Proxy answering on " + endpoint).atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("S3Proxy stopped: see " + folder.resolve("s3proxy.log"));
                        }
                        return answers(endpoint);
                    });
            try (var client = server.client()) {
                client.createBucket(create -> create.bucket(BUCKET));
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start S3Proxy", e);
        }
    }

    private static boolean answers(URI endpoint) {
        try {
            var connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode(); // 403: alive, and asking to be signed
            connection.disconnect();
            return status > 0;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void stop() {
        process.destroy();
        try {
            process.onExit().get();
        } catch (Exception ignored) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
