package org.bluelamp.notify;

import java.util.Optional;

/** Sends nothing anywhere: a message is marked delivered and stays readable at /staff/outbox. */
final class DevelopmentOutbox implements MessageProvider {

    @Override
    public SendResult send(OutgoingMessage message) {
        return new SendResult.Sent(null, true, null, "kept in the development outbox");
    }

    @Override
    public Optional<String> alreadySent(OutgoingMessage message) {
        return Optional.empty();
    }

    @Override
    public String name() {
        return "outbox";
    }
}
