package org.bluelamp.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, without a stack trace, what an instance on an external database must share with the others. */
class SharedInstallationFailureAnalyzer extends AbstractFailureAnalyzer<SharedInstallationIncomplete> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SharedInstallationIncomplete cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
