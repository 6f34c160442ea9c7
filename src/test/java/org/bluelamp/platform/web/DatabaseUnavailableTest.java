package org.bluelamp.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are the database being away or full (a kind 503), and which are faults (the error page). */
class DatabaseUnavailableTest {

    @Test
    void noConnectionFromThePoolOrTheServerIsUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("bluelamp - Connection is not available")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("wrapped",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("connection refused", "08001"))).isTrue();
        var commit = new TransactionSystemException("Could not commit");
        commit.initApplicationException(new SQLException("I/O error", "08006"));
        assertThat(DatabaseUnavailable.causedBy(commit)).isTrue();
    }

    @Test
    void faultsInTheCodeOrDataAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalArgumentException("bug"))).isFalse();
    }
}
