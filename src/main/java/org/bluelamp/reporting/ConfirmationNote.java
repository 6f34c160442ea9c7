package org.bluelamp.reporting;

import org.bluelamp.platform.Texts;

import java.util.List;

/**
 * Words another module adds to the confirmation page of a report sent through one service, because it knows what
 * happens next and reporting does not (the relay says when a BSL video message will be watched). A bean of this
 * type is asked on every confirmation page; it answers nothing for services that are not its own.
 */
public interface ConfirmationNote {

    /** Paragraphs to show under "What happens next", in order; empty for a service that is not this note's. */
    List<String> paragraphs(String serviceId, Texts texts);
}
