package org.bluelamp.reporting.upload;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small real images made in code, for tests that upload them. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return write(image(width, height), "png");
    }

    /** A JPEG whose EXIF segment carries {@code secret}, as a phone photo carries where it was taken. */
    public static byte[] jpegWithExif(String secret) {
        byte[] jpeg = write(image(40, 20), "jpg");
        byte[] payload = ("Exif\0\0MM\0*\0\0\0\0" + secret).getBytes(StandardCharsets.ISO_8859_1);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * A grey JPEG of any size that is one plain shade, written by hand, so no picture of that size is ever held: each
     * 8 by 8 block is six bits (no change in brightness, nothing else), so 7000 by 7000 pixels take about 570 KB.
     * With an EXIF segment giving {@code orientation} (1 to 8), as a phone's sideways photo has.
     */
    public static byte[] plainGreyJpeg(int width, int height, int orientation) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(bytes(0xFF, 0xD8));
        byte[] exif = bytes('E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0);
        segment(out, 0xE1, exif);
        byte[] quantisation = new byte[65];
        java.util.Arrays.fill(quantisation, 1, 65, (byte) 1);
        segment(out, 0xDB, quantisation);
        segment(out, 0xC0, bytes(8, height >> 8, height & 0xFF, width >> 8, width & 0xFF, 1, 1, 0x11, 0));
        // The standard luminance tables (ITU T.81 K.3): DC difference 0 is "00", end of block is "1010".
        segment(out, 0xC4, bytes(0x00, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0,
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        var ac = new ByteArrayOutputStream();
        ac.writeBytes(bytes(0x10, 0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D));
        ac.writeBytes(bytes(0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61,
                0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xA1, 0x08, 0x23, 0x42, 0xB1, 0xC1, 0x15, 0x52, 0xD1, 0xF0,
                0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0A, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x25, 0x26, 0x27, 0x28, 0x29,
                0x2A, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x53,
                0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x73, 0x74,
                0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x92, 0x93, 0x94,
                0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xB2, 0xB3,
                0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xD2,
                0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xD9, 0xDA, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9,
                0xEA, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA));
        segment(out, 0xC4, ac.toByteArray());
        segment(out, 0xDA, bytes(1, 1, 0x00, 0, 63, 0));
        long blocks = (long) ((width + 7) / 8) * ((height + 7) / 8);
        // 001010 repeated: four blocks are three bytes, 0x28 0xA2 0x8A, never 0xFF.
        byte[] pattern = bytes(0x28, 0xA2, 0x8A);
        long bits = blocks * 6;
        for (long bit = 0; bit + 24 <= bits; bit += 24) {
            out.writeBytes(pattern);
        }
        long left = bits % 24;
        if (left > 0) {
            int tail = 0x28A28A >>> (24 - left) << (24 - left) | (1 << (24 - left)) - 1; // padded with 1s
            for (int i = 0; i < (left + 7) / 8; i++) {
                int b = tail >>> (16 - 8 * i) & 0xFF;
                out.write(b);
                if (b == 0xFF) {
                    out.write(0);
                }
            }
        }
        out.writeBytes(bytes(0xFF, 0xD9));
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        int length = payload.length + 2;
        out.writeBytes(bytes(0xFF, marker, length >> 8, length & 0xFF));
        out.writeBytes(payload);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static BufferedImage image(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(30, 90, 160));
        graphics.fillRect(0, 0, width, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
