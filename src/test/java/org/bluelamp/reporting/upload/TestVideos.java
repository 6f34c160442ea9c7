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

    /** A WebM whose one block of stand-in pictures is {@code pictureBytes} long, for a video of any size. */
    public static byte[] webm(int pictureBytes) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(ebmlHeader("webm"));
        out.writeBytes(new byte[]{0x18, 0x53, (byte) 0x80, 0x67, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        out.writeBytes(new byte[]{0x1F, 0x43, (byte) 0xB6, 0x75, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        element(out, new byte[]{(byte) 0xA3}, pictures(pictureBytes));
        return out.toByteArray();
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

    /**
     * An iPhone's .mov that says where it was made, as iPhones do: in {@code moov/udta/©xyz} and in
     * {@code moov/meta} under the key {@code com.apple.quicktime.location.ISO6709}.
     */
    public static byte[] quicktimeWithLocation(String location) {
        var out = new ByteArrayOutputStream();
        writeBox(out, "ftyp", ("qt  \0\0\2\0qt  ").getBytes(StandardCharsets.ISO_8859_1));
        var moov = new ByteArrayOutputStream();
        writeBox(moov, "mvhd", new byte[100]);
        var udta = new ByteArrayOutputStream();
        byte[] place = location.getBytes(StandardCharsets.ISO_8859_1);
        var xyz = new ByteArrayOutputStream();
        xyz.writeBytes(new byte[]{0, (byte) place.length, 0x15, (byte) 0xC7}); // length and language, as written
        xyz.writeBytes(place);
        writeBox(udta, "\u00A9xyz", xyz.toByteArray());
        writeBox(moov, "udta", udta.toByteArray());
        var meta = new ByteArrayOutputStream();
        var keys = new ByteArrayOutputStream();
        byte[] key = "com.apple.quicktime.location.ISO6709".getBytes(StandardCharsets.ISO_8859_1);
        keys.writeBytes(new byte[]{0, 0, 0, 0, 0, 0, 0, 1});
        writeBox(keys, "mdta", key);
        writeBox(meta, "keys", keys.toByteArray());
        var item = new ByteArrayOutputStream();
        var data = new ByteArrayOutputStream();
        data.writeBytes(new byte[]{0, 0, 0, 1, 0, 0, 0, 0});
        data.writeBytes(place);
        writeBox(item, "data", data.toByteArray());
        var ilst = new ByteArrayOutputStream();
        writeBox(ilst, "\0\0\0\1", item.toByteArray());
        writeBox(meta, "ilst", ilst.toByteArray());
        writeBox(moov, "meta", meta.toByteArray());
        var trak = new ByteArrayOutputStream();
        writeBox(trak, "tkhd", new byte[84]);
        writeBox(moov, "trak", trak.toByteArray());
        writeBox(out, "moov", moov.toByteArray());
        writeBox(out, "mdat", pictures(2048));
        return out.toByteArray();
    }

    /** A WebM whose Tags say where it was recorded (Matroska's RECORDING_LOCATION), before its pictures. */
    public static byte[] webmWithLocation(String location) {
        var tags = new ByteArrayOutputStream();
        var simpleTag = new ByteArrayOutputStream();
        element(simpleTag, new byte[]{0x45, (byte) 0xA3}, "RECORDING_LOCATION".getBytes(StandardCharsets.US_ASCII));
        element(simpleTag, new byte[]{0x44, (byte) 0x87}, location.getBytes(StandardCharsets.UTF_8));
        var tag = new ByteArrayOutputStream();
        element(tag, new byte[]{0x67, (byte) 0xC8}, simpleTag.toByteArray());
        element(tags, new byte[]{0x73, 0x73}, tag.toByteArray());
        var out = new ByteArrayOutputStream();
        out.writeBytes(ebmlHeader("webm"));
        var segment = new ByteArrayOutputStream();
        element(segment, new byte[]{0x15, 0x49, (byte) 0xA9, 0x66}, new byte[]{0x2A, (byte) 0xD7, (byte) 0xB1, (byte) 0x83,
                0x0F, 0x42, 0x40}); // Info: TimestampScale 1,000,000
        element(segment, new byte[]{0x12, 0x54, (byte) 0xC3, 0x67}, tags.toByteArray());
        segment.writeBytes(cluster());
        element(out, new byte[]{0x18, 0x53, (byte) 0x80, 0x67}, segment.toByteArray());
        return out.toByteArray();
    }

    private static byte[] ebml(String docType) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(ebmlHeader(docType));
        out.writeBytes(new byte[]{0x18, 0x53, (byte) 0x80, 0x67, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}); // Segment of unknown size, as when streamed
        out.writeBytes(cluster());
        return out.toByteArray();
    }

    /** A Cluster of unknown size, as MediaRecorder streams it, holding one SimpleBlock of stand-in pictures. */
    private static byte[] cluster() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{0x1F, 0x43, (byte) 0xB6, 0x75, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        out.writeBytes(new byte[]{(byte) 0xE7, (byte) 0x81, 0x00}); // Timestamp 0
        element(out, new byte[]{(byte) 0xA3}, pictures(2048));
        return out.toByteArray();
    }

    /** An EBML element: its ID, its size in eight bytes, its body. */
    private static void element(ByteArrayOutputStream out, byte[] id, byte[] body) {
        out.writeBytes(id);
        long size = body.length | 1L << 56;
        for (int i = 7; i >= 0; i--) {
            out.write((int) (size >>> (8 * i)));
        }
        out.writeBytes(body);
    }

    private static byte[] ebmlHeader(String docType) {
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
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
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
