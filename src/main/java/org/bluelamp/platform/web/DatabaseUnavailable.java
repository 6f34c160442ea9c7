package org.bluelamp.platform.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached or is too busy to hand out a connection, rather than a
 * fault in the code: such failures get the "try again in a minute" page with a 503, never the error page.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || isConnectionState(cause)) {
                return true;
            }
            if (cause instanceof TransactionSystemException commit && commit.getOriginalException() != null
                    && causedBy(commit.getOriginalException())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 is a connection exception; 57P01 to 57P03, a server shutting down or starting. */
    private static boolean isConnectionState(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("57P");
        }
        return false;
    }
}
