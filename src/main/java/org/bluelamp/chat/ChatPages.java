package org.bluelamp.chat;

import org.bluelamp.platform.FormErrors;

import java.util.List;

/** What the person's chat pages show. */
public final class ChatPages {

    private ChatPages() {
    }

    /**
     * The start page.
     *
     * @param hours     "We answer chats at any time" or "from 8am to 10pm, every day", in words
     * @param nextOpens while closed, when it opens ("8am tomorrow"); null while open
     */
    public record Start(boolean open, String hours, String nextOpens) {
    }

    /** Name (optional) and what it is about, as typed, with any problems. */
    public record About(String name, String about, int longestName, int longestAbout, FormErrors errors) {
    }

    /**
     * The live chat.
     *
     * @param position  the place in the queue while waiting (1 is next); 0 once answered
     * @param minutes   about how long the wait is, never 0
     * @param lines     what was said, in order
     * @param typed     what the person typed, kept when it could not be sent
     * @param flagged   a line of theirs matched the possible-emergency rules: the 999 routes are shown
     * @param refresh   seconds until the page asks again without JavaScript; 0 not to (the person may be typing)
     */
    public record Conversation(boolean answered, int position, long minutes, List<ChatLine> lines, String typed,
                               int longestLine, boolean flagged, int refresh, long rejoinMinutes,
                               FormErrors errors) {

        public int lastSeq() {
            return lines.isEmpty() ? 0 : lines.getLast().seq();
        }
    }

    /**
     * The chat has ended: whether anyone answered, whether it was lost to a dropped connection, and the reference of
     * the report made from it (null if none is made yet).
     *
     * @param copyOffered the person may ask for a copy by email (it has lines)
     * @param copySent    they already have
     * @param toBslRelay  the handler passed them to the BSL video relay
     */
    public record Ended(boolean answered, boolean dropped, boolean open, String reference, boolean copyOffered,
                        boolean copySent, boolean toBslRelay) {
    }

    /** "Email me a copy of this chat": the address as typed, with any problem. */
    public record Copy(String email, int longestEmail, FormErrors errors) {
    }

    /**
     * The copy is on its way.
     *
     * @param already the person had asked before: nothing more was sent
     */
    public record CopySent(boolean already) {
    }
}
