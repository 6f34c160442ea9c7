package org.bluelamp.reporting;

import java.util.UUID;

/**
 * A file sent with a report, as staff see it listed.
 *
 * @param mediaType what the content is, judged from the content when it was uploaded, e.g. "image/jpeg"
 * @param sha256    the fingerprint of the content as kept, so a copy can be shown to be the same file
 */
public record Attachment(UUID id, String questionId, String name, String mediaType, long size, String sha256) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
