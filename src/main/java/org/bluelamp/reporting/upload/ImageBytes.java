package org.bluelamp.reporting.upload;

import java.util.Arrays;

/** Reading big-endian numbers and markers out of image files, and refusing pictures too large to decode. */
final class ImageBytes {

    /** Images are refused above this: a small file can decode into gigabytes of pixels. */
    static final long MAX_PIXELS = 50_000_000L;

    private ImageBytes() {
    }

    static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
        return to - from >= prefix.length && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
    }

    static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    static long u32(byte[] bytes, int at) {
        return (long) u16(bytes, at) << 16 | u16(bytes, at + 2);
    }

    static void refuseIfTooLarge(long width, long height) {
        // Each side is checked first so that the product cannot overflow.
        if (width > MAX_PIXELS || height > MAX_PIXELS || width * height > MAX_PIXELS) {
            throw new UnreadableFileException("The image has more than " + MAX_PIXELS + " pixels");
        }
    }
}
