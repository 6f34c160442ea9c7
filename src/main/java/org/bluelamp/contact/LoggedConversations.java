package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.util.Optional;
import java.util.UUID;

/**
 * Conversations that reports are logged from, held by the module that runs them (the 101 live chat): the contact
 * opened from such a report keeps the whole transcript on its timeline, written in the transaction that opens it.
 * This module names no such module; each provides a bean of this type.
 */
public interface LoggedConversations {

    /**
     * The transcript of chat {@code chatId}, a line for each thing said, now that it is logged as {@code reference};
     * the holder links the chat to the reference in the same transaction. Empty if it holds no such chat.
     */
    Optional<String> transcriptOf(UUID chatId, Reference reference);
}
