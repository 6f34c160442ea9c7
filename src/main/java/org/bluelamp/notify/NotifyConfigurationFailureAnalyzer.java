package org.bluelamp.notify;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, without a stack trace, which message delivery setting is missing. */
class NotifyConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<NotifyConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NotifyConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
