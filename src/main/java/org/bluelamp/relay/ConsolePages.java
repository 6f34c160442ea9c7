package org.bluelamp.relay;

import org.bluelamp.chat.ChatServiceLevels;

import org.bluelamp.reporting.Reference;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.reporting.RelayCallLogging;

import java.time.Instant;
import java.util.List;

/** What the interpreters' and handlers' relay pages show. */
public final class ConsolePages {

    private ConsolePages() {
    }

    /**
     * The console: service levels, one's own calls, the queue, and calls wanting a handler.
     *
     * @param mayAnswer whether this person takes calls (interpreters, handlers); supervisors only watch
     * @param notice    a message key for what just happened (another interpreter answered first), or null
     * @param chatLevels today's 101 live chat levels, beside the relay's, for those who may see the chat console;
     *                   null for anyone else
     */
    public record Console(ServiceLevels levels, List<RelayCall> mine, List<RelayCall> waiting,
                          List<RelayCall> wantingHandler, boolean mayAnswer, String notice, Instant now,
                          ChatServiceLevels chatLevels) {
    }

    /**
     * One call as its interpreter or handler sees it.
     *
     * @param role           {@code interpreter} or {@code handler}
     * @param mediaJson      the browser's media settings, as JSON for the page's script
     * @param services       what the call can be logged as (for the handler)
     * @param handlerPresent for the interpreter: whether the handler has been asked for
     */
    public record Call(RelayCall call, String role, List<ChatLine> lines, String mediaJson,
                       List<RelayCallLogging.ServiceChoice> services, String typed, FormErrors errors, Instant now) {

        public boolean interpreting() {
            return CallRooms.INTERPRETER.equals(role);
        }
    }

    /** A call that has ended: how long, the note, the recording, and whether it was logged. */
    public record Ended(RelayCall call, List<ChatLine> lines, boolean recorded, boolean mayLog,
                        List<RelayCallLogging.ServiceChoice> services, Instant now) {
    }

    /** The recording of a call, played back (and written down as played). */
    public record Recording(RelayCall call, Reference reference) {
    }
}
