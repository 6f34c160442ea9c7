package org.bluelamp.reporting.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}) must be higher than both, so a file a
 * little over gets a clear message on the page rather than an error page.
 *
 * @param maxSize      the largest photo or document the public may upload
 * @param maxVideoSize the largest video, where a question takes video: phones make big files
 */
@ConfigurationProperties("bluelamp.reporting.upload")
public record UploadProperties(DataSize maxSize, DataSize maxVideoSize) {

    public UploadProperties {
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(10);
        }
        if (maxVideoSize == null) {
            maxVideoSize = DataSize.ofMegabytes(200);
        }
        if (maxSize.toBytes() <= 0 || maxVideoSize.toBytes() <= 0) {
            throw new IllegalArgumentException("bluelamp.reporting.upload.max-size and max-video-size must be positive, e.g. 10MB");
        }
    }
}
