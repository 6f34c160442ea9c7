package org.bluelamp.platform.files;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The object store against S3Proxy, a real S3-compatible server in its own process: no mock of the SDK. */
class S3FileStoreTest {

    private static final int MEGABYTE = 1024 * 1024;

    private final S3ProxyForTests server = S3ProxyForTests.shared();
    private final String prefix = "store-test-" + UUID.randomUUID() + "/";
    private final S3FileStore store = server.store(prefix);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void bytesWrittenAreReadBackAndGoneOnceDeleted() throws IOException {
        var id = UUID.randomUUID();
        store.write(id, "a statement".getBytes());

        try (var in = store.open(id).orElseThrow()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("a statement");
        }
        assertThat(store.ids().toList()).containsExactly(id);

        store.delete(id);
        assertThat(store.open(id)).isEmpty();
        assertThat(store.ids().toList()).isEmpty();
        store.delete(id); // not there: not an error
    }

    @Test
    void aMissingFileIsEmptyNotAnError() {
        assertThat(store.open(UUID.randomUUID())).isEmpty();
        assertThat(store.open(UUID.randomUUID(), 10)).isEmpty();
    }

    @Test
    void aLargeStreamGoesInBoundedPartsAndArrivesWhole() throws Exception {
        var id = UUID.randomUUID();
        long size = 50L * MEGABYTE + 12_345; // a video: six 8 MB parts and the rest
        var sent = MessageDigest.getInstance("SHA-256");
        try (var video = new DigestInputStream(new Generated(size), sent)) {
            store.write(id, video);
        }

        var head = server.client().headObject(h -> h.bucket(S3ProxyForTests.BUCKET).key(keyOf(id)));
        assertThat(head.contentLength()).isEqualTo(size);
        // A multipart upload's ETag ends with its number of parts: 8 MB at a time, never the whole in memory.
        assertThat(head.eTag()).endsWith("-7\"");
        var stored = MessageDigest.getInstance("SHA-256");
        try (var in = new DigestInputStream(store.open(id).orElseThrow(), stored)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(HexFormat.of().formatHex(stored.digest())).isEqualTo(HexFormat.of().formatHex(sent.digest()));
    }

    @Test
    void aStreamSmallerThanAPartGoesInOneRequest() throws IOException {
        var id = UUID.randomUUID();
        store.write(id, new Generated(3 * MEGABYTE));

        var head = server.client().headObject(h -> h.bucket(S3ProxyForTests.BUCKET).key(keyOf(id)));
        assertThat(head.contentLength()).isEqualTo(3L * MEGABYTE);
        assertThat(head.eTag()).doesNotContain("-");
    }

    @Test
    void aReadFromAnOffsetGetsOnlyTheBytesFromThere() throws IOException {
        var id = UUID.randomUUID();
        store.write(id, "0123456789".getBytes());

        try (var in = store.open(id, 6).orElseThrow()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("6789");
        }
        try (var in = store.open(id, 0).orElseThrow()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("0123456789");
        }
        try (var in = store.open(id, 10).orElseThrow()) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void aStoreThatCannotBeReachedSaysSoWithoutItsCredentials() {
        var away = S3FileStore.of(new FileStoreProperties.S3Properties(URI.create("http://127.0.0.1:9"),
                S3ProxyForTests.REGION, S3ProxyForTests.BUCKET, "", "an-access-key", "a-secret-key", true, null));
        var id = UUID.randomUUID();

        assertThatThrownBy(() -> away.write(id, new byte[]{1})).isInstanceOf(FileStoreUnavailable.class)
                .hasMessageContaining(id.toString()).hasMessageNotContaining("a-secret-key");
        assertThatThrownBy(() -> away.open(id)).isInstanceOf(FileStoreUnavailable.class);
        assertThat(away.reachable()).isFalse();
        away.close();
    }

    @Test
    void wrongCredentialsAreRefused() {
        var wrong = S3FileStore.of(new FileStoreProperties.S3Properties(server.endpoint(), S3ProxyForTests.REGION,
                S3ProxyForTests.BUCKET, "", S3ProxyForTests.ACCESS_KEY, "not-the-secret", true, null));

        assertThatThrownBy(() -> wrong.write(UUID.randomUUID(), new byte[]{1}))
                .isInstanceOf(FileStoreUnavailable.class).hasMessageNotContaining("not-the-secret");
        assertThat(wrong.reachable()).isFalse();
        wrong.close();
    }

    private String keyOf(UUID id) {
        return prefix + id;
    }

    /** Bytes made as they are read, never held: a pattern that is not all one value. */
    private static final class Generated extends InputStream {
        private final long size;
        private long position;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) (position++ * 31 % 251);
            }
            return count;
        }
    }
}
