package org.bluelamp.reporting;

import java.io.InputStream;

/** A file sent with a report, opened for reading; the reader closes {@code content}. */
public record AttachmentContent(Attachment attachment, InputStream content) {
}
