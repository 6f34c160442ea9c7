package org.bluelamp.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes in the words people use, in the reader's language and its way of writing numbers: "340 KB", "1.2 MB". */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {
    }

    public static String describe(long bytes, Texts texts) {
        if (bytes < KB) {
            return texts.t("file-size.bytes", bytes);
        }
        if (bytes < MB) {
            return texts.t("file-size.kb", Math.max(1, Math.round(bytes / (double) KB)));
        }
        double megabytes = bytes / (double) MB;
        if (megabytes == Math.floor(megabytes)) {
            return texts.t("file-size.mb", (long) megabytes);
        }
        // One decimal place, rounded half up as before; the message's number pattern writes the language's separator.
        return texts.t("file-size.mb.tenths", BigDecimal.valueOf(megabytes).setScale(1, RoundingMode.HALF_UP));
    }
}
