package org.bluelamp.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of what is written or read, in hex, as the manifest records it. */
final class Sha256 {

    private Sha256() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    static DigestOutputStream counting(OutputStream out, MessageDigest digest) {
        return new DigestOutputStream(out, digest);
    }

    static String of(InputStream in) throws IOException {
        var digest = digest();
        try (var out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(out);
        }
        return hex(digest);
    }

    static String of(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return of(in);
        }
    }
}
