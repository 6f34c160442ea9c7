package org.bluelamp.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where uploaded files are kept (docs/operations.md, "Files").
 *
 * @param store        {@code folder} (the default: {@link #dir}) or {@code s3} (an S3-compatible object store)
 * @param dir          the folder for uploaded files (BLUELAMP_FILES_DIR), by default {@code files} in the data folder
 * @param sharedFolder whether {@link #dir} is one folder every instance shares (an NFS mount, say): an instance on an
 *                     external database refuses to start with a folder that is not (BLUELAMP_FILES_SHARED_FOLDER)
 * @param s3           the object store, when {@code store} is {@code s3}
 */
@ConfigurationProperties("bluelamp.files")
record FileStoreProperties(String store, Path dir, boolean sharedFolder, S3Properties s3) {

    static final String FOLDER = "folder";
    static final String S3 = "s3";

    FileStoreProperties {
        store = store == null || store.isBlank() ? FOLDER : store.strip().toLowerCase(Locale.ROOT);
        if (!store.equals(FOLDER) && !store.equals(S3)) {
            throw new IllegalArgumentException("bluelamp.files.store (BLUELAMP_FILES_STORE) is \"" + store
                    + "\": it must be folder or s3");
        }
        if (dir == null) {
            dir = Path.of("data", "files");
        }
        if (s3 == null) {
            s3 = new S3Properties(null, null, null, null, null, null, null, null);
        }
    }

    boolean inS3() {
        return store.equals(S3);
    }

    /**
     * @param endpoint  the store's address, for an S3-compatible store other than AWS (BLUELAMP_S3_ENDPOINT); unset,
     *                  AWS's endpoint for the region
     * @param region    the region (BLUELAMP_S3_REGION), eu-west-2 (London) by default
     * @param bucket    the bucket, made beforehand (BLUELAMP_S3_BUCKET)
     * @param prefix    put before each file's id in its key (BLUELAMP_S3_PREFIX), {@code files/} by default
     * @param accessKey with secretKey, the credentials (BLUELAMP_S3_ACCESS_KEY, BLUELAMP_S3_SECRET_KEY); unset, the
     *                  SDK's default chain (AWS_* environment, profile, instance or container role)
     * @param pathStyle bucket in the path rather than the host name, as most stores other than AWS want
     *                  (BLUELAMP_S3_PATH_STYLE)
     * @param partSize  how much of a large file is held in memory at once while it is sent, in parts of this size
     *                  (at least 5MB, S3's smallest part); 8MB by default
     */
    record S3Properties(URI endpoint, String region, String bucket, String prefix, String accessKey, String secretKey,
                        Boolean pathStyle, DataSize partSize) {

        static final DataSize SMALLEST_PART = DataSize.ofMegabytes(5);

        S3Properties {
            endpoint = endpoint == null || endpoint.toString().isBlank() ? null : endpoint;
            region = region == null || region.isBlank() ? "eu-west-2" : region.strip();
            bucket = bucket == null || bucket.isBlank() ? null : bucket.strip();
            prefix = prefix == null ? "files/" : prefix.strip();
            accessKey = accessKey == null || accessKey.isBlank() ? null : accessKey.strip();
            secretKey = secretKey == null || secretKey.isBlank() ? null : secretKey.strip();
            if (pathStyle == null) {
                pathStyle = false;
            }
            if (partSize == null) {
                partSize = DataSize.ofMegabytes(8);
            }
            if (partSize.compareTo(SMALLEST_PART) < 0) {
                partSize = SMALLEST_PART;
            }
        }

        /** Never the secret key: these properties may be printed. */
        @Override
        public String toString() {
            return "S3Properties[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix="
                    + prefix + ", accessKey=" + (accessKey == null ? "default chain" : "set") + ", pathStyle="
                    + pathStyle + ", partSize=" + partSize + "]";
        }
    }
}
