package org.bluelamp.notify;

import java.util.Optional;

/**
 * The provider for each channel, chosen when the application starts. Texts have none when the provider is SMTP and
 * no other is named for them.
 */
record MessageProviders(MessageProvider email, MessageProvider text) {

    Optional<MessageProvider> of(MessageChannel channel) {
        return Optional.ofNullable(channel == MessageChannel.EMAIL ? email : text);
    }
}
