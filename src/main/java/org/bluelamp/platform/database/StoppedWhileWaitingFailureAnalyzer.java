package org.bluelamp.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A stop asked for while waiting for PostgreSQL ends the start plainly: one description, no stack trace. */
class StoppedWhileWaitingFailureAnalyzer extends AbstractFailureAnalyzer<StoppedWhileWaitingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoppedWhileWaitingException cause) {
        return new FailureAnalysis(cause.getMessage(), "None: start Bluelamp again when it is wanted.", cause);
    }
}
