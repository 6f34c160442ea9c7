package org.bluelamp.platform.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default, the folder, on its own: the application's tests keep their files in S3Proxy. */
class FilesystemFileStoreTest {

    @TempDir
    Path folder;

    @Test
    void filesAreWrittenReadFromAnOffsetListedAndDeleted() throws IOException {
        var store = new FilesystemFileStore(folder);
        var id = UUID.randomUUID();
        var other = UUID.randomUUID();
        store.write(id, new ByteArrayInputStream("0123456789".getBytes()));
        store.write(other, new byte[]{1, 2});
        Files.writeString(folder.resolve(id.toString().substring(0, 2)).resolve("upload123.part"), "left by a crash");

        try (var in = store.open(id).orElseThrow()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("0123456789");
        }
        try (var in = store.open(id, 6).orElseThrow()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("6789");
        }
        try (var in = store.open(id, 10).orElseThrow()) {
            assertThat(in.readAllBytes()).isEmpty();
        }
        try (var ids = store.ids()) {
            assertThat(ids.toList()).containsExactlyInAnyOrder(id, other);
        }

        store.delete(id);
        assertThat(store.open(id)).isEmpty();
        assertThat(store.open(id, 3)).isEmpty();
        store.delete(id);
    }

    @Test
    void anEmptyStoreListsNothing() {
        assertThat(new FilesystemFileStore(folder.resolve("not-yet")).ids()).isEmpty();
    }
}
