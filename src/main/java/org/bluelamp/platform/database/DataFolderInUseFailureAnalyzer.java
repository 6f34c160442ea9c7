package org.bluelamp.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly, without a stack trace, that the data folder is taken, by whom, and what to do. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop that Bluelamp (process " + cause.owner() + ") first, or set BLUELAMP_DATA_DIR to use another "
                        + "folder than " + cause.folder() + ".", cause);
    }
}
