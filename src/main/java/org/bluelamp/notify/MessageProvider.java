package org.bluelamp.notify;

import java.util.Optional;

/** Somewhere messages are handed to: GOV.UK Notify, an SMTP server, or the development outbox. */
interface MessageProvider {

    /** Hands the message over, once; never throws. */
    SendResult send(OutgoingMessage message);

    /**
     * After an unknown outcome: whether the provider already has this message (by its id), so it is not sent twice.
     *
     * @return the provider's id for it, or empty if it has none
     * @throws ProviderUnavailable if the provider could not be asked; then nothing is sent this time
     */
    Optional<String> alreadySent(OutgoingMessage message) throws ProviderUnavailable;

    /** For the attempts' record and the start-up line; never a key. */
    String name();

    /** The provider could not be asked whether it has a message. */
    final class ProviderUnavailable extends Exception {
        private final Integer httpStatus;

        ProviderUnavailable(Integer httpStatus, String detail) {
            super(detail);
            this.httpStatus = httpStatus;
        }

        Integer httpStatus() {
            return httpStatus;
        }
    }
}
