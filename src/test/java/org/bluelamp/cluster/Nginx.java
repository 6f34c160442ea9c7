package org.bluelamp.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Debian's nginx (installed by bin/test) in front of several Bluelamp instances, as docs/deployment.md sets it up:
 * round robin with no sticky sessions, request bodies buffered, forwarded headers, WebSockets passed through. A
 * request that cannot reach an instance, or that an instance dropped unanswered (refused or reset as it stopped, or
 * killed), is passed to the next, POSTs too: Bluelamp's forms are safe to send twice (docs/deployment.md). No instance
 * is ever marked down ({@code max_fails=0}): one that failed a moment ago may be the only one up now, as in a rolling
 * restart. The instance that served each response is named in {@code X-Upstream}, for tests only.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process master;
    private final int port;
    private final Path folder;
    private final List<Integer> instances;

    private Nginx(Process master, int port, Path folder, List<Integer> instances) {
        this.master = master;
        this.port = port;
        this.folder = folder;
        this.instances = instances;
    }

    static Nginx start(Path folder, int port, List<Integer> instances) throws IOException {
        Files.createDirectories(folder.resolve("temp"));
        var nginx = new Nginx(null, port, folder, instances);
        nginx.writeConfiguration();
        var log = folder.resolve("nginx.log");
        var master = new ProcessBuilder(BINARY.toString(), "-p", folder.toString(), "-c", nginx.config().toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await("nginx listening on " + port).atMost(Duration.ofSeconds(20)).until(() -> {
            if (!master.isAlive()) {
                throw new AssertionError("nginx exited: " + Files.readString(log));
            }
            try (var ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        return new Nginx(master, port, folder, instances);
    }

    private Path config() {
        return folder.resolve("nginx.conf");
    }

    private void writeConfiguration() throws IOException {
        Files.writeString(config(), configuration(), StandardCharsets.UTF_8);
    }

    private String configuration() {
        String upstreams = instances.stream()
                .map(instance -> "    server 127.0.0.1:" + instance + " max_fails=0;")
                .collect(Collectors.joining("\n"));
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                  log_format upstreams '$status|$upstream_addr|$request_method $uri';
                  access_log %1$s/access.log upstreams;
                  client_body_temp_path %1$s/temp/body;
                  proxy_temp_path %1$s/temp/proxy;
                  fastcgi_temp_path %1$s/temp/fastcgi;
                  uwsgi_temp_path %1$s/temp/uwsgi;
                  scgi_temp_path %1$s/temp/scgi;
                  client_max_body_size 215m;
                  upstream bluelamp {
                %2$s
                  }
                  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://bluelamp;
                      proxy_next_upstream error timeout non_idempotent;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 120s;
                      proxy_http_version 1.1;
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_set_header Upgrade $http_upgrade;
                      proxy_set_header Connection $connection_upgrade;
                      add_header X-Upstream $upstream_addr always;
                    }
                  }
                }
                """.formatted(folder, upstreams, port);
    }

    int port() {
        return port;
    }

    /** What the proxy did: how many responses each instance gave, and how many requests it passed on to another. */
    record Traffic(Map<String, Long> servedBy, long passedOn, long errors) {
    }

    Traffic traffic() throws IOException {
        var servedBy = new TreeMap<String, Long>();
        long passedOn = 0;
        long errors = 0;
        for (String line : Files.readAllLines(folder.resolve("access.log"))) {
            var fields = line.split("\\|");
            String[] tried = fields[1].split(", ");
            servedBy.merge(tried[tried.length - 1], 1L, Long::sum);
            passedOn += tried.length - 1;
            errors += fields[0].startsWith("5") ? 1 : 0;
        }
        return new Traffic(servedBy, passedOn, errors);
    }

    @Override
    public void close() throws InterruptedException {
        master.destroy();
        master.waitFor();
    }
}
