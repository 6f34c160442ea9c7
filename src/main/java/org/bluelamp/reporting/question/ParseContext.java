package org.bluelamp.reporting.question;

import org.bluelamp.platform.Texts;
import org.bluelamp.reporting.upload.ReceivedFile;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What parsing an answer needs besides the form: the words for errors, the time now in the UK, and for an upload
 * page the files sent and the largest size allowed: {@code maxFileSize} for the question (a video's where it takes
 * video), {@code maxPhotoSize} for a photo or document where the question takes those as well as video.
 */
public record ParseContext(Texts texts, LocalDateTime now, List<ReceivedFile> files, long maxFileSize,
                           long maxPhotoSize) {

    public ParseContext(Texts texts, LocalDateTime now, List<ReceivedFile> files, long maxFileSize) {
        this(texts, now, files, maxFileSize, maxFileSize);
    }

    public ParseContext(Texts texts, LocalDateTime now) {
        this(texts, now, List.of(), 0);
    }
}
