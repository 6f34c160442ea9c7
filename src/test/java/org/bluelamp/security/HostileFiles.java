package org.bluelamp.security;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Files made to hurt whatever reads them: lying sizes, cut-off data, the wrong kind, bombs and noise. */
final class HostileFiles {

    /** A file as a browser sends it: a name, the type it claims, the bytes. */
    record File(String kind, String name, String contentType, byte[] content) {
    }

    private HostileFiles() {
    }

    static List<File> all(Random random) {
        byte[] small = jpeg(16, 16);
        var files = List.of(
                new File("jpeg-7000x7000-exif", "big.jpg", "image/jpeg", withExifOrientation(dimensions(small, 7000, 7000))),
                new File("png-100000x100000", "huge.png", "image/png", pngClaiming(100_000, 100_000)),
                new File("jpeg-claims-65500x65500", "lie.jpg", "image/jpeg", dimensions(small, 65_500, 65_500)),
                new File("jpeg-truncated", "cut.jpg", "image/jpeg", Arrays.copyOf(small, small.length / 2)),
                new File("jpeg-exif-only", "exif.jpg", "image/jpeg", Arrays.copyOf(withExifOrientation(small), 40)),
                new File("pdf-not-a-pdf", "statement.pdf", "application/pdf",
                        "This is not a PDF <script>alert('HXQ0')</script>".getBytes(StandardCharsets.UTF_8)),
                new File("pdf-deflate-bomb", "bomb.pdf", "application/pdf", deflateBombPdf()),
                new File("pdf-million-pages", "pages.pdf", "application/pdf", pageCountPdf()),
                new File("pdf-truncated", "cut.pdf", "application/pdf", Arrays.copyOf(deflateBombPdf(), 300)),
                new File("video-random-bytes", "call.webm", "video/webm", noise(random, 300_000)),
                new File("video-mp4-random", "clip.mp4", "video/mp4", noise(random, 50_000)),
                new File("svg-script", "<" + HostileValues.TAG + ">pic.svg", "image/svg+xml",
                        ("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(\"HXQ0\")'><script>alert('HXQ0')"
                                + "</script></svg>").getBytes(StandardCharsets.UTF_8)),
                new File("html-as-image", "photo.jpg", "image/jpeg",
                        "<html><script>alert('HXQ0')</script></html>".getBytes(StandardCharsets.UTF_8)),
                new File("empty", "empty.jpg", "image/jpeg", new byte[0]),
                new File("name-traversal", "../../../../etc/passwd\u0000.jpg", "image/jpeg", small),
                new File("name-long", "a".repeat(5000) + ".jpg", "image/jpeg", small),
                new File("name-markup", "\"><img src=x onerror=HXQ0>.jpg", "image/jpeg", small),
                new File("too-large", "large.jpg", "image/jpeg", noise(random, 11 * 1024 * 1024)),
                new File("gif-polyglot", "poly.gif", "image/gif",
                        "GIF89a/*<script>alert('HXQ0')</script>*/".getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same JPEG with its frame header claiming another size: a decoder believing it allocates for that size. */
    static byte[] dimensions(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        for (int i = 2; i + 9 < copy.length; ) {
            int marker = copy[i + 1] & 0xFF;
            int length = ((copy[i + 2] & 0xFF) << 8) | (copy[i + 3] & 0xFF);
            if (marker >= 0xC0 && marker <= 0xC2) {
                copy[i + 5] = (byte) (height >> 8);
                copy[i + 6] = (byte) height;
                copy[i + 7] = (byte) (width >> 8);
                copy[i + 8] = (byte) width;
                return copy;
            }
            i += 2 + length;
        }
        throw new IllegalStateException("No frame header in the JPEG");
    }

    /** An APP1 Exif segment with orientation 6 (rotate 90) put straight after the start of the image. */
    static byte[] withExifOrientation(byte[] jpeg) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        var out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(header);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] pngClaiming(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        var deflater = new Deflater();
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] data = new byte[128 * 1024];
        int size = deflater.deflate(data);
        chunk(out, "IDAT", Arrays.copyOf(data, size));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(name);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A PDF whose one page's content stream inflates from about 100 KB to 100 MB. */
    static byte[] deflateBombPdf() {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1024 * 1024];
        var compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int i = 0; i < 100; i++) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        return pdf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>", 1,
                compressed.toByteArray());
    }

    /** A PDF whose page tree says it has a billion pages. */
    static byte[] pageCountPdf() {
        return pdf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>", 1_000_000_000, new byte[0]);
    }

    private static byte[] pdf(String page, int count, byte[] stream) {
        var out = new ByteArrayOutputStream();
        var offsets = new int[5];
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        offsets[1] = out.size();
        out.writeBytes("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        offsets[2] = out.size();
        out.writeBytes(("2 0 obj << /Type /Pages /Kids [3 0 R] /Count " + count + " >> endobj\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        offsets[3] = out.size();
        out.writeBytes(("3 0 obj " + page + " endobj\n").getBytes(StandardCharsets.ISO_8859_1));
        offsets[4] = out.size();
        out.writeBytes(("4 0 obj << /Length " + stream.length + " /Filter /FlateDecode >> stream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(stream);
        out.writeBytes("\nendstream endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        int xref = out.size();
        var table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int i = 1; i < 5; i++) {
            table.append("%010d 00000 n \n".formatted(offsets[i]));
        }
        table.append("trailer << /Size 5 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] noise(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }
}
