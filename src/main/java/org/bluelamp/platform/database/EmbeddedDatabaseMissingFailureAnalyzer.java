package org.bluelamp.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one sentence, without a stack trace, that this jar needs an external database. */
class EmbeddedDatabaseMissingFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseMissingException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set BLUELAMP_DB_URL, or run the standard jar, which carries "
                + "the embedded PostgreSQL.", null);
    }
}
