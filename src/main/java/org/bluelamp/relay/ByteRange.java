package org.bluelamp.relay;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part of a recording a browser asked for with a Range header: one range, "bytes=10-", "bytes=10-19" or the last
 * n bytes, "bytes=-n". Anything else (several ranges, another unit, nonsense) is answered with the whole recording, as
 * HTTP allows; either way every answer that carries bytes is logged with the bytes it carried.
 */
record ByteRange(long first, long last, boolean suffix) {

    private static final Pattern ONE = Pattern.compile("bytes=(\\d{1,18})?-(\\d{1,18})?");

    /** The range asked for, or empty for the whole. */
    static Optional<ByteRange> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var wanted = ONE.matcher(header.strip());
        if (!wanted.matches() || wanted.group(1) == null && wanted.group(2) == null) {
            return Optional.empty();
        }
        if (wanted.group(1) == null) {
            return Optional.of(new ByteRange(0, Long.parseLong(wanted.group(2)), true));
        }
        return Optional.of(new ByteRange(Long.parseLong(wanted.group(1)),
                wanted.group(2) == null ? Long.MAX_VALUE : Long.parseLong(wanted.group(2)), false));
    }

    /** The bytes this asks for of a recording this long, or empty if it asks for none of them (a 416). */
    Optional<Span> of(long total) {
        if (suffix) {
            return last == 0 || total == 0 ? Optional.empty()
                    : Optional.of(new Span(Math.max(0, total - last), total - 1, total));
        }
        if (first >= total || last < first) {
            return Optional.empty();
        }
        return Optional.of(new Span(first, Math.min(last, total - 1), total));
    }

    /** Bytes {@code start} to {@code end} inclusive of a recording {@code total} long. */
    record Span(long start, long end, long total) {

        static Span whole(long total) {
            return new Span(0, total - 1, total);
        }

        long length() {
            return end - start + 1;
        }

        /** As the access log and the Content-Range header write it: "30-49/65". */
        String described() {
            return start + "-" + end + "/" + total;
        }
    }
}
