package org.bluelamp.reporting;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A form as a browser sent it, for another module to hand to {@link ReportAdditions}: its values and its files by
 * input name. A file's content is read only when the question engine asks for it.
 */
public record SentForm(Map<String, List<String>> values, Map<String, List<SentFile>> files) {

    /**
     * One file chosen in a file input: its content read all at once ({@code content}, for photos and documents) or as
     * a stream from the start each time ({@code stream}, for videos, too large to hold in memory).
     */
    public record SentFile(String name, long size, Supplier<byte[]> content, Supplier<InputStream> stream) {

        public SentFile(String name, long size, Supplier<byte[]> content) {
            this(name, size, content, () -> new ByteArrayInputStream(content.get()));
        }
    }

    public SentForm {
        values = Map.copyOf(values);
        files = Map.copyOf(files);
    }

    public static final SentForm EMPTY = new SentForm(Map.of(), Map.of());

    /** Reads a request's form, with its files if it was sent as multipart. */
    public static SentForm of(HttpServletRequest request) {
        var values = new HashMap<String, List<String>>();
        request.getParameterMap().forEach((name, sent) -> values.put(name, List.of(sent)));
        var files = new HashMap<String, List<SentFile>>();
        var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            multipart.getMultiFileMap().forEach((name, chosen) ->
                    files.put(name, chosen.stream().map(SentForm::file).toList()));
        }
        return new SentForm(values, files);
    }

    private static SentFile file(MultipartFile file) {
        return new SentFile(file.getOriginalFilename(), file.getSize(), () -> {
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read an uploaded file", e);
            }
        }, () -> {
            try {
                return file.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read an uploaded file", e);
            }
        });
    }
}
