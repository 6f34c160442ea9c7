package org.bluelamp;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded server's superuser, which owns the tables and runs the migrations: for tests that show what the
 * application's own role cannot do, and that the triggers refuse even the owner.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {
    }

    /** Runs the work on a connection of its own as the owner, closed afterwards. */
    public static void use(HikariDataSource pool, java.util.function.Consumer<JdbcClient> work) {
        var owner = new SingleConnectionDataSource(pool.getJdbcUrl(), "postgres", "", true);
        try {
            work.accept(JdbcClient.create(owner));
        } finally {
            owner.destroy();
        }
    }
}
