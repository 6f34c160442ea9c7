package org.bluelamp.platform;

import java.util.List;

/**
 * An Easy Read page: short sentences, one idea a line, each beside a picture that says the same. A line's words are
 * "easy-read.{page}.{picture}"; a picture's alternative text is "easy-read.picture.{picture}", the same on every
 * page; the picture is /assets/images/easy-read/{picture}.svg.
 */
public record EasyRead(String title, List<Line> lines) {

    public record Line(String picture, String alt, String text) {

        /** A line whose words take values, such as the relay's hours. */
        public static Line of(Texts texts, String page, String picture, Object... args) {
            return new Line(picture, texts.t("easy-read.picture." + picture),
                    texts.t("easy-read." + page + "." + picture, args));
        }
    }

    /** The page "easy-read.{page}.title" with a line for each picture, in order. */
    public static EasyRead of(Texts texts, String page, List<Line> lines) {
        return new EasyRead(texts.t("easy-read." + page + ".title"), List.copyOf(lines));
    }

    public static EasyRead of(Texts texts, String page, String... pictures) {
        return of(texts, page, java.util.Arrays.stream(pictures).map(p -> Line.of(texts, page, p)).toList());
    }
}
