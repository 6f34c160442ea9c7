package org.bluelamp.reporting.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest file the public may upload; the servlet's multipart limit must be higher, so a file
 *                a little over this gets a clear message on the page rather than an error page
 */
@ConfigurationProperties("bluelamp.reporting.upload")
public record UploadProperties(DataSize maxSize) {

    public UploadProperties {
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(10);
        }
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("bluelamp.reporting.upload.max-size must be positive, e.g. 10MB");
        }
    }
}
