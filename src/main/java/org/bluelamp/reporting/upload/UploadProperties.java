package org.bluelamp.reporting.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How large a file the public may upload, and how much of the server reading one may take. Every size the uploader
 * controls is bounded before memory is spent on it: bytes, a picture's pixels, a PDF's pages and objects.
 * The servlet's multipart limit ({@code spring.servlet.multipart.max-file-size}) must be higher than both sizes, so a
 * file a little over gets a clear message on the page rather than an error page.
 *
 * @param maxSize          the largest photo or document the public may upload
 * @param maxVideoSize     the largest video, where a question takes video: phones make big files
 * @param maxImageSide     the most pixels a picture may have across or down (its header says, before decoding)
 * @param maxMegapixels    the most pixels a picture may have in all, in millions: a small file can claim billions
 * @param decodeMegapixels the most pixels decoded at once to turn a photo upright; a larger one is decoded at a
 *                         fraction of its size (every second or third pixel), so one decode holds at most 3 bytes
 *                         per pixel of this
 * @param decoders         how many pictures and PDFs may be decoded at once in this instance; 0 means one per core
 * @param decodeWait       how long a file waits for a decoder before the person is asked to try again
 * @param maxPdfPages      the most pages a PDF may have
 * @param maxPdfObjects    the most objects a PDF may have (declared or found): each costs memory when it is read
 */
@ConfigurationProperties("bluelamp.reporting.upload")
public record UploadProperties(DataSize maxSize, DataSize maxVideoSize, Integer maxImageSide, Integer maxMegapixels,
                               Integer decodeMegapixels, Integer decoders, Duration decodeWait, Integer maxPdfPages,
                               Integer maxPdfObjects) {

    @ConstructorBinding
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
        maxImageSide = positive(maxImageSide, FileLimits.DEFAULT.maxImageSide(), "max-image-side");
        maxMegapixels = positive(maxMegapixels, (int) (FileLimits.DEFAULT.maxImagePixels() / 1_000_000), "max-megapixels");
        decodeMegapixels = positive(decodeMegapixels, (int) (FileLimits.DEFAULT.maxDecodedPixels() / 1_000_000),
                "decode-megapixels");
        if (decoders == null || decoders == 0) {
            decoders = Runtime.getRuntime().availableProcessors();
        }
        decoders = positive(decoders, 1, "decoders");
        if (decodeWait == null) {
            decodeWait = Duration.ofSeconds(5);
        }
        if (decodeWait.isNegative()) {
            throw new IllegalArgumentException("bluelamp.reporting.upload.decode-wait must not be negative, e.g. 5s");
        }
        maxPdfPages = positive(maxPdfPages, FileLimits.DEFAULT.maxPdfPages(), "max-pdf-pages");
        maxPdfObjects = positive(maxPdfObjects, FileLimits.DEFAULT.maxPdfObjects(), "max-pdf-objects");
    }

    /** With the other limits at their defaults. */
    public UploadProperties(DataSize maxSize, DataSize maxVideoSize) {
        this(maxSize, maxVideoSize, null, null, null, null, null, null, null);
    }

    FileLimits limits() {
        return new FileLimits(maxImageSide, maxMegapixels * 1_000_000L, decodeMegapixels * 1_000_000L, maxPdfPages,
                maxPdfObjects);
    }

    private static int positive(Integer value, int otherwise, String name) {
        int chosen = value == null ? otherwise : value;
        if (chosen <= 0) {
            throw new IllegalArgumentException("bluelamp.reporting.upload." + name + " must be positive");
        }
        return chosen;
    }
}
