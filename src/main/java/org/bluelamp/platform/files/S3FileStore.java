package org.bluelamp.platform.files;

import org.bluelamp.platform.files.FileStoreProperties.S3Properties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps each file as one object in an S3-compatible store (AWS S3, MinIO, Ceph, a cloud provider's), under the
 * prefix and its id, so every instance sees the same files. An object appears whole when its upload completes, so a
 * reader never sees half a file; the upload completes before the row naming it commits.
 *
 * <p>A stream is sent in parts of {@code partSize} (a multipart upload), so a video of hundreds of megabytes holds one
 * part in memory, never the whole; a stream shorter than one part goes in a single request. Reads return the store's
 * response stream as it arrives, and a read from an offset asks the store for only those bytes.
 */
final class S3FileStore implements FileStore, AutoCloseable {

    private static final int RANGE_NOT_SATISFIABLE = 416;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int partSize;

    S3FileStore(S3Client s3, String bucket, String prefix, int partSize) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.partSize = partSize;
    }

    /** A store with its own client, made from the settings; the credentials come from them or the SDK's chain. */
    static S3FileStore of(S3Properties properties) {
        if (properties.bucket() == null) {
            throw new IllegalStateException("bluelamp.files.store is s3 but no bucket is set: set BLUELAMP_S3_BUCKET "
                    + "(bluelamp.files.s3.bucket)");
        }
        var client = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)).build())
                .region(Region.of(properties.region()))
                .credentialsProvider(credentials(properties))
                .forcePathStyle(properties.pathStyle())
                // Checksums only where S3 requires them: stores other than AWS may not know the newer ones.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (properties.endpoint() != null) {
            client.endpointOverride(properties.endpoint());
        }
        return new S3FileStore(client.build(), properties.bucket(), properties.prefix(),
                Math.toIntExact(properties.partSize().toBytes()));
    }

    private static AwsCredentialsProvider credentials(S3Properties properties) {
        if (properties.accessKey() != null && properties.secretKey() != null) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void write(UUID id, byte[] content) {
        try {
            s3.putObject(put -> put.bucket(bucket).key(keyOf(id)), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new FileStoreUnavailable("Could not store file " + id, e);
        }
    }

    @Override
    public void write(UUID id, InputStream content) {
        var part = new byte[partSize];
        int length = fill(id, content, part);
        if (length < partSize) {
            put(id, part, length);
            return;
        }
        String key = keyOf(id);
        String upload;
        try {
            upload = s3.createMultipartUpload(create -> create.bucket(bucket).key(key)).uploadId();
        } catch (SdkException e) {
            throw new FileStoreUnavailable("Could not store file " + id, e);
        }
        try {
            List<CompletedPart> parts = new ArrayList<>();
            while (length > 0) {
                int number = parts.size() + 1;
                String etag = s3.uploadPart(send -> send.bucket(bucket).key(key).uploadId(upload).partNumber(number),
                        body(part, length)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                length = fill(id, content, part);
            }
            s3.completeMultipartUpload(complete -> complete.bucket(bucket).key(key).uploadId(upload)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
        } catch (RuntimeException e) {
            abort(key, upload);
            if (e instanceof SdkException sdk) {
                throw new FileStoreUnavailable("Could not store file " + id, sdk);
            }
            throw e;
        }
    }

    private void put(UUID id, byte[] part, int length) {
        try {
            s3.putObject(put -> put.bucket(bucket).key(keyOf(id)), body(part, length));
        } catch (SdkException e) {
            throw new FileStoreUnavailable("Could not store file " + id, e);
        }
    }

    /** The part as a request body read from the buffer itself (not a copy), afresh if the SDK sends it again. */
    private static RequestBody body(byte[] part, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(part, 0, length), length,
                "application/octet-stream");
    }

    /** Reads the next part into the buffer: full, unless the stream ends first. A failure to read it is the caller's. */
    private static int fill(UUID id, InputStream content, byte[] part) {
        try {
            return content.readNBytes(part, 0, part.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the content for file " + id, e);
        }
    }

    /** Leaves no half-sent parts (which cost storage until a lifecycle rule removes them); a failure here is moot. */
    private void abort(String key, String upload) {
        try {
            s3.abortMultipartUpload(abort -> abort.bucket(bucket).key(key).uploadId(upload));
        } catch (SdkException ignored) {
            // the store is failing already; the bucket's lifecycle rule removes incomplete uploads
        }
    }

    @Override
    public Optional<InputStream> open(UUID id) {
        try {
            return Optional.of(s3.getObject(get -> get.bucket(bucket).key(keyOf(id))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new FileStoreUnavailable("Could not read file " + id, e);
        }
    }

    /** Asks the store for the bytes from the offset on only (an HTTP range), not the whole object. */
    @Override
    public Optional<InputStream> open(UUID id, long offset) {
        if (offset <= 0) {
            return open(id);
        }
        try {
            return Optional.of(s3.getObject(get -> get.bucket(bucket).key(keyOf(id)).range("bytes=" + offset + "-")));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == RANGE_NOT_SATISFIABLE) {
                return Optional.of(InputStream.nullInputStream());
            }
            throw new FileStoreUnavailable("Could not read file " + id, e);
        } catch (SdkException e) {
            throw new FileStoreUnavailable("Could not read file " + id, e);
        }
    }

    @Override
    public void delete(UUID id) {
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(keyOf(id)));
        } catch (SdkException e) {
            throw new FileStoreUnavailable("Could not delete file " + id, e);
        }
    }

    /** Every object under the prefix named as a file's id, listed a page (1,000) at a time as the stream is read. */
    @Override
    public Stream<UUID> ids() {
        try {
            return s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(S3Object::key).map(key -> key.substring(prefix.length()))
                    .filter(FilesystemFileStore::isId).map(UUID::fromString);
        } catch (SdkException e) {
            throw new FileStoreUnavailable("Could not list the stored files", e);
        }
    }

    /** Whether the bucket answers to these credentials. */
    boolean reachable() {
        try {
            s3.headBucket(head -> head.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    private String keyOf(UUID id) {
        return prefix + id;
    }

    @Override
    public void close() {
        s3.close();
    }
}
