package org.bluelamp.reporting.upload;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.bluelamp.reporting.upload.ImageBytes.startsWith;
import static org.bluelamp.reporting.upload.ImageBytes.u16;

/**
 * Strips a JPEG of everything but what draws it. JPEG: a sequence of marker segments, then entropy-coded scans,
 * then the end-of-image marker.
 */
final class JpegMetadata {

    private static final int TEM = 0x01;
    private static final int SOF0 = 0xC0;
    private static final int SOF15 = 0xCF;
    private static final int DHT = 0xC4;
    private static final int JPG = 0xC8;
    private static final int DAC = 0xCC;
    private static final int RST0 = 0xD0;
    private static final int RST7 = 0xD7;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int DQT = 0xDB;
    private static final int DNL = 0xDC;
    private static final int DRI = 0xDD;
    private static final int DHP = 0xDE;
    private static final int EXP = 0xDF;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;

    private static final byte[] JFIF = "JFIF\0".getBytes(US_ASCII);
    private static final byte[] EXIF = "Exif\0\0".getBytes(US_ASCII);
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(US_ASCII);
    /** JFIF's fields before its thumbnail: identifier, version, units and densities. */
    private static final int JFIF_FIXED_LENGTH = 12;

    private static final float QUALITY = 0.92f;

    private final byte[] in;
    private final ByteArrayOutputStream out;
    private int orientation;
    private long width = -1;
    private long height = -1;
    private boolean scanned;

    private JpegMetadata(byte[] in) {
        this.in = in;
        this.out = new ByteArrayOutputStream(in.length);
    }

    static byte[] strip(byte[] content) {
        return strip(content, FileLimits.DEFAULT);
    }

    /**
     * The picture without its metadata. Its size is read from the frame header, never by decoding, and checked
     * against the limits whether or not it is turned, since staff's browsers decode it whole.
     */
    static byte[] strip(byte[] content, FileLimits limits) {
        JpegMetadata jpeg = new JpegMetadata(content);
        byte[] stripped = jpeg.walk();
        limits.checkPicture("JPG", jpeg.width, jpeg.height);
        if (jpeg.orientation <= 1) {
            return stripped;
        }
        return upright(stripped, jpeg.orientation, limits.maxDecodedPixels());
    }

    private byte[] walk() {
        if (in.length < 4) {
            throw new UnreadableFileException("The JPG file is cut short");
        }
        out.write(in, 0, 2); // SOI, already checked by sniffing
        int pos = 2;
        while (pos < in.length) {
            int at = markerCode(pos);
            int marker = in[at] & 0xFF;
            if (marker == EOI) {
                return end();
            }
            // Standalone markers carry nothing, so they are dropped.
            pos = marker == TEM || isRestart(marker) ? at + 1 : segment(marker, at);
        }
        requireScanned();
        return out.toByteArray(); // no end-of-image marker: decoders show what is there, so keep it as it is
    }

    /**
     * Anything after the end of the image (appended pictures, motion-photo video) is dropped: it can carry its
     * own location metadata.
     */
    private byte[] end() {
        requireScanned();
        out.write(0xFF);
        out.write(EOI);
        return out.toByteArray();
    }

    private void requireScanned() {
        if (!scanned) {
            throw new UnreadableFileException("The JPG file ends before its image data");
        }
        if (width < 0) {
            throw new UnreadableFileException("The JPG file has no frame header");
        }
    }

    /** The index of the marker code at pos, after any fill bytes (extra 0xFF) that may pad before it. */
    private int markerCode(int pos) {
        if ((in[pos] & 0xFF) != 0xFF) {
            throw new UnreadableFileException("The JPG file has data where a marker should be");
        }
        int at = pos;
        while (at < in.length && (in[at] & 0xFF) == 0xFF) {
            at++;
        }
        if (at == in.length) {
            throw new UnreadableFileException("The JPG file is cut short");
        }
        return at;
    }

    /** Handles the segment whose marker code is at {@code at}, returning where the next marker starts. */
    private int segment(int marker, int at) {
        if (marker == SOI || marker == 0x00) {
            throw new UnreadableFileException("The JPG file has a marker in the wrong place");
        }
        int end = segmentEnd(at);
        if (marker == SOS) {
            int scanEnd = scanEnd(end);
            copy(at, scanEnd); // the scan header and picture data, unchanged
            scanned = true;
            return scanEnd;
        }
        noteFrameAndOrientation(marker, at + 3, end);
        if (marker == APP0) {
            copyJfifWithoutThumbnail(at + 3, end);
        } else if (isKept(marker, at + 3, end)) {
            copy(at, end);
        }
        return end;
    }

    /** The index just past the segment whose marker code is at {@code at}. */
    private int segmentEnd(int at) {
        if (at + 2 >= in.length) {
            throw new UnreadableFileException("The JPG file is cut short");
        }
        int length = u16(in, at + 1); // counts itself but not the marker
        if (length < 2) {
            throw new UnreadableFileException("The JPG file has a segment with an impossible length");
        }
        if (at + 1 + length > in.length) {
            throw new UnreadableFileException("The JPG file is cut short");
        }
        return at + 1 + length;
    }

    /**
     * The index of the marker after a scan's entropy-coded data, or the end of the file. In that data 0xFF is
     * always followed by 0x00 (a stuffed byte) or a restart marker, so any other 0xFF starts a marker.
     */
    private int scanEnd(int from) {
        int i = from;
        while (i + 1 < in.length) {
            if ((in[i] & 0xFF) == 0xFF) {
                int next = in[i + 1] & 0xFF;
                if (next != 0x00 && !isRestart(next)) {
                    return i;
                }
                i++;
            }
            i++;
        }
        return in.length;
    }

    /** Reads what is needed from a segment before it may be dropped: the picture's size and EXIF orientation. */
    private void noteFrameAndOrientation(int marker, int data, int end) {
        if (isFrame(marker)) {
            // One picture has one frame; a second could claim another size than the one checked.
            if (width >= 0) {
                throw new UnreadableFileException("The JPG file has more than one frame header");
            }
            if (end - data < 6) {
                throw new UnreadableFileException("The JPG file has a frame header that is too short");
            }
            // A height of 0 is to be given after the first scan (DNL): the size must be known before anything else.
            height = u16(in, data + 1);
            width = u16(in, data + 3);
        }
        if (marker == APP1 && orientation == 0 && startsWith(in, data, end, EXIF)) {
            orientation = ExifOrientation.read(in, data + EXIF.length, end);
        }
    }

    private boolean isKept(int marker, int data, int end) {
        return switch (marker) {
            // The colour profile and Adobe's colour transform: without them colours are shown wrongly.
            case APP2 -> startsWith(in, data, end, ICC_PROFILE);
            case APP14, DQT, DHT, DAC, DRI, DNL, DHP, EXP -> true;
            default -> isFrame(marker);
        };
    }

    /** JFIF may carry a thumbnail, which can show what the picture looked like before it was cropped. */
    private void copyJfifWithoutThumbnail(int data, int end) {
        if (end - data < JFIF_FIXED_LENGTH + 2 || !startsWith(in, data, end, JFIF)) {
            return;
        }
        int length = 2 + JFIF_FIXED_LENGTH + 2;
        out.write(0xFF);
        out.write(APP0);
        out.write(length >> 8);
        out.write(length);
        out.write(in, data, JFIF_FIXED_LENGTH);
        out.write(0); // thumbnail width
        out.write(0); // thumbnail height
    }

    /** Copies from the marker code at {@code at}, writing a single 0xFF before it in place of any fill bytes. */
    private void copy(int at, int end) {
        out.write(0xFF);
        out.write(in, at, end - at);
    }

    private static boolean isRestart(int marker) {
        return marker >= RST0 && marker <= RST7;
    }

    private static boolean isFrame(int marker) {
        return marker >= SOF0 && marker <= SOF15 && marker != DHT && marker != JPG && marker != DAC;
    }

    /**
     * Turns the picture the way its EXIF orientation said, since that tag is gone. If ImageIO cannot decode or
     * faithfully re-encode the picture, a sideways picture is better than none, so the stripped bytes are kept.
     * A picture of more than {@code mostPixels} is decoded at a fraction of its size, so the pixels held never
     * exceed that; they are then turned where they lie rather than copied.
     */
    private static byte[] upright(byte[] stripped, int orientation, long mostPixels) {
        try {
            BufferedImage image = decode(stripped, mostPixels);
            if (!isGreyOrRgb(image.getColorModel())) {
                return stripped;
            }
            return encode(ExifOrientation.turn(image, orientation));
        } catch (IOException | RuntimeException e) {
            return stripped;
        }
    }

    /** CMYK and other colour models do not survive ImageIO's JPEG writer unchanged. */
    private static boolean isGreyOrRgb(ColorModel model) {
        int components = model.getNumComponents();
        return !model.hasAlpha() && (components == 1 || components == 3);
    }

    private static BufferedImage decode(byte[] jpeg, long mostPixels) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(input, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(reader.getWidth(0), reader.getHeight(0), mostPixels); // from the header only
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    /** The smallest step (every pixel, every second, every third...) at which the picture is no more than most pixels. */
    static int subsampling(long width, long height, long mostPixels) {
        int step = 1;
        while (ceilDiv(width, step) * ceilDiv(height, step) > mostPixels) {
            step++;
        }
        return step;
    }

    private static long ceilDiv(long value, int step) {
        return (value + step - 1) / step;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(QUALITY);
        var bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param); // no metadata carried over
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
