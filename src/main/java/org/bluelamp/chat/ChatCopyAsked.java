package org.bluelamp.chat;

import org.bluelamp.platform.contactpoint.EmailAddress;

import java.util.UUID;

/**
 * The person asked for a copy of their ended chat at this address (once per chat). The words are read when the
 * message is written ({@link ChatCopies#copyOf}); the address goes nowhere else.
 */
public record ChatCopyAsked(UUID chatId, EmailAddress email) {
}
