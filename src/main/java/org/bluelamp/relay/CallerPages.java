package org.bluelamp.relay;

import org.bluelamp.reporting.Reference;
import org.bluelamp.platform.FormErrors;

import java.util.List;

/** What the caller's pages show. */
public final class CallerPages {

    private CallerPages() {
    }

    /**
     * The relay's front page.
     *
     * @param opensAt when it next opens, in words ("8am tomorrow"), when it is closed; null when open
     */
    public record Start(boolean open, String hours, String opensAt, String bslVideo, String bslVideoCaptions) {
    }

    /** The call, while waiting or talking; the page's script takes over from here. */
    public record Call(boolean answered, int position, long minutes, List<ChatLine> lines, String typed,
                       FormErrors errors, String iceServersJson) {
    }

    /**
     * The call has ended, by the caller, the interpreter or a lost connection.
     *
     * @param reference the report made from the call; null while none has been saved
     */
    public record Ended(boolean answered, boolean dropped, String hours, boolean open, Reference reference) {
    }
}
