package org.bluelamp.reporting.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The starts of real video files, as browsers and phones write them, made in code for tests that upload them: the
 * container's header as the format defines it, then some bytes standing in for the pictures.
 */
public final class TestVideos {

    private TestVideos() {
    }

    /** What Chrome's MediaRecorder writes: an EBML header whose DocType is "webm", then a Segment. */
    public static byte[] webm() {
        return ebml("webm");
    }

    /** A Matroska (.mkv) file: the same container, DocType "matroska". */
    public static byte[] matroska() {
        return ebml("matroska");
    }

    /** An MP4 from an Android phone: an ftyp box of brand "isom", then an mdat box. */
    public static byte[] mp4() {
        return iso("isom", "isomiso2avc1mp41");
    }

    /** An iPhone's .mov: an ftyp box of brand "qt  ". */
    public static byte[] quicktime() {
        return iso("qt  ", "qt  ");
    }

    private static byte[] ebml(String docType) {
        var header = new ByteArrayOutputStream();
        header.writeBytes(new byte[]{0x42, (byte) 0x86, (byte) 0x81, 0x01}); // EBMLVersion 1
        header.writeBytes(new byte[]{0x42, (byte) 0xF7, (byte) 0x81, 0x01}); // EBMLReadVersion 1
        header.writeBytes(new byte[]{0x42, (byte) 0xF2, (byte) 0x81, 0x04}); // EBMLMaxIDLength 4
        header.writeBytes(new byte[]{0x42, (byte) 0xF3, (byte) 0x81, 0x08}); // EBMLMaxSizeLength 8
        byte[] type = docType.getBytes(StandardCharsets.US_ASCII);
        header.writeBytes(new byte[]{0x42, (byte) 0x82, (byte) (0x80 | type.length)}); // DocType
        header.writeBytes(type);
        header.writeBytes(new byte[]{0x42, (byte) 0x87, (byte) 0x81, 0x04}); // DocTypeVersion 4
        header.writeBytes(new byte[]{0x42, (byte) 0x85, (byte) 0x81, 0x02}); // DocTypeReadVersion 2
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | header.size())});
        out.writeBytes(header.toByteArray());
        out.writeBytes(new byte[]{0x18, 0x53, (byte) 0x80, 0x67, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}); // Segment of unknown size, as when streamed
        out.writeBytes(pictures(2048));
        return out.toByteArray();
    }

    private static byte[] iso(String brand, String compatible) {
        var out = new ByteArrayOutputStream();
        byte[] brands = (brand + "\0\0\2\0" + compatible).getBytes(StandardCharsets.ISO_8859_1);
        writeBox(out, "ftyp", brands);
        writeBox(out, "mdat", pictures(2048));
        return out.toByteArray();
    }

    private static void writeBox(ByteArrayOutputStream out, String type, byte[] body) {
        int size = 8 + body.length;
        out.writeBytes(new byte[]{(byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size});
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
    }

    private static byte[] pictures(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
