package org.bluelamp.reporting.journey;

import jakarta.servlet.http.HttpServletRequest;
import org.bluelamp.reporting.upload.UploadPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The files a request sent for one question, as the engine takes them. */
public final class UploadParts {

    private UploadParts() {
    }

    public static List<UploadPart> of(HttpServletRequest request, String questionId) {
        var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? List.of()
                : multipart.getFiles(questionId).stream().map(UploadParts::part).toList();
    }

    private static UploadPart part(MultipartFile file) {
        return new UploadPart(file.getOriginalFilename(), file.getSize(), () -> {
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read an uploaded file", e);
            }
        }, () -> {
            try {
                return file.getInputStream(); // a new stream from the start of the part, which the server keeps on disk
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read an uploaded file", e);
            }
        });
    }
}
