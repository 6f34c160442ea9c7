package org.bluelamp.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Debian's nginx (installed by bin/test) in front of several Bluelamp instances, as docs/deployment.md sets it up:
 * round robin with no sticky sessions, request bodies buffered, forwarded headers, WebSockets passed through. A
 * request that cannot reach an instance (refused: stopped, restarting or killed) is passed to the next; the instance
 * that served each response is named in {@code X-Upstream}, for tests only.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;
    private final Path folder;

    private Nginx(Process process, int port, Path folder) {
        this.process = process;
        this.port = port;
        this.folder = folder;
    }

    static Nginx start(Path folder, int port, List<Integer> instances) throws IOException {
        Files.createDirectories(folder.resolve("temp"));
        var config = folder.resolve("nginx.conf");
        Files.writeString(config, configuration(folder, port, instances), StandardCharsets.UTF_8);
        var log = folder.resolve("nginx.log");
        var process = new ProcessBuilder(BINARY.toString(), "-p", folder.toString(), "-c", config.toString(),
                "-g", "daemon off; master_process off;").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var nginx = new Nginx(process, port, folder);
        await("nginx listening on " + port).atMost(Duration.ofSeconds(20)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited: " + Files.readString(log));
            }
            try (var ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        return nginx;
    }

    private static String configuration(Path folder, int port, List<Integer> instances) {
        String upstreams = instances.stream()
                .map(instance -> "    server 127.0.0.1:" + instance + " max_fails=1 fail_timeout=2s;")
                .collect(Collectors.joining("\n"));
        String temp = folder.resolve("temp").toString();
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                  log_format upstreams '$status $upstream_addr $request_method $uri';
                  access_log %1$s/access.log upstreams;
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  client_max_body_size 211m;
                  upstream bluelamp {
                %3$s
                  }
                  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://bluelamp;
                      proxy_next_upstream error timeout;
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
                """.formatted(folder, temp, upstreams, port);
    }

    int port() {
        return port;
    }

    /** What the proxy did: how many responses each instance gave, and how many requests it passed on to another. */
    record Traffic(java.util.Map<String, Long> servedBy, long passedOn, long errors) {
    }

    Traffic traffic() throws IOException {
        var servedBy = new java.util.TreeMap<String, Long>();
        long passedOn = 0;
        long errors = 0;
        for (String line : Files.readAllLines(folder.resolve("access.log"))) {
            var fields = line.split(" ");
            String[] tried = fields[1].split(", ");
            servedBy.merge(tried[tried.length - 1], 1L, Long::sum);
            passedOn += tried.length - 1;
            errors += fields[0].startsWith("5") ? 1 : 0;
        }
        return new Traffic(servedBy, passedOn, errors);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
