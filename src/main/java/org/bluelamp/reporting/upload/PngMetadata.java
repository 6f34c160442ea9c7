package org.bluelamp.reporting.upload;

import java.io.ByteArrayOutputStream;
import java.util.Set;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.bluelamp.reporting.upload.ImageBytes.u32;

/** Strips a PNG down to what draws it. PNG: a signature, then chunks of length, type, data and CRC, from IHDR to IEND. */
final class PngMetadata {

    private static final int SIGNATURE_LENGTH = 8;
    private static final int IHDR_LENGTH = 13;
    /** What is needed to show the picture as intended; text, EXIF, timestamps and unknown chunks are not. */
    private static final Set<String> KEPT = Set.of(
            "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD");

    private record Chunk(String type, int data, int length, int end) {
    }

    private PngMetadata() {
    }

    static byte[] strip(byte[] in) {
        return strip(in, FileLimits.DEFAULT);
    }

    /**
     * The picture without its metadata, never decoded: its size is read from IHDR and checked against the limits,
     * since staff's browsers decode it whole and a few kilobytes of compressed zeros can claim billions of pixels.
     */
    static byte[] strip(byte[] in, FileLimits limits) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, SIGNATURE_LENGTH);
        int pos = SIGNATURE_LENGTH;
        while (pos < in.length) {
            Chunk chunk = chunkAt(in, pos);
            boolean first = pos == SIGNATURE_LENGTH;
            if (chunk.type().equals("IHDR") != first) {
                throw new UnreadableFileException("The PNG file does not start with exactly one IHDR chunk");
            }
            if (chunk.type().equals("IHDR")) {
                checkHeader(in, chunk, limits);
            }
            if (KEPT.contains(chunk.type())) {
                out.write(in, pos, chunk.end() - pos); // CRC included, byte for byte
            }
            if (chunk.type().equals("IEND")) {
                return out.toByteArray(); // anything after the end is dropped
            }
            pos = chunk.end();
        }
        throw new UnreadableFileException("The PNG file ends before its IEND chunk");
    }

    private static Chunk chunkAt(byte[] in, int pos) {
        if (in.length - pos < 12) {
            throw new UnreadableFileException("The PNG file is cut short");
        }
        long length = u32(in, pos);
        long end = pos + 12 + length;
        if (end > in.length) {
            throw new UnreadableFileException("The PNG file has a chunk that runs past its end");
        }
        String type = new String(in, pos + 4, 4, ISO_8859_1);
        if (!type.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
            throw new UnreadableFileException("The PNG file has a chunk with an invalid type");
        }
        return new Chunk(type, pos + 8, (int) length, (int) end);
    }

    private static void checkHeader(byte[] in, Chunk header, FileLimits limits) {
        if (header.length() != IHDR_LENGTH) {
            throw new UnreadableFileException("The PNG file has a header of the wrong length");
        }
        long width = u32(in, header.data());
        long height = u32(in, header.data() + 4);
        limits.checkPicture("PNG", width, height);
    }
}
