package org.bluelamp.staff;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Changes to staff accounts waiting for a second admin, and what became of each (kept as the record). */
@Repository
class AccountChanges {

    /** How long a request waits for approval: long enough for a colleague to see it, too short to be forgotten. */
    static final Duration LIFETIME = Duration.ofHours(24);

    private final JdbcClient jdbc;

    AccountChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the request; empty if one of this kind already waits for the account. */
    Optional<AccountChange> request(String username, AccountChangeKind kind, Set<StaffRole> roles, String email,
                                    String admin, Instant now) {
        // A request that ran out no longer blocks a new one.
        jdbc.sql("""
                        UPDATE staff_account_change SET status = 'expired'
                        WHERE username = :u AND kind = :kind AND status = 'pending' AND expires_at <= :now""")
                .param("u", username).param("kind", kind.name()).param("now", Timestamp.from(now)).update();
        var change = new AccountChange(UUID.randomUUID(), username, kind,
                roles == null || roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles), email, admin,
                now, now.plus(LIFETIME));
        int stored = jdbc.sql("""
                        INSERT INTO staff_account_change
                            (id, username, kind, roles, email, requested_by, requested_at, expires_at)
                        VALUES (:id, :u, :kind, CAST(:roles AS text[]), :email, :admin, :now, :expires)
                        ON CONFLICT (username, kind) WHERE status = 'pending' DO NOTHING""")
                .param("id", change.id()).param("u", username).param("kind", kind.name())
                .param("roles", roles == null ? null : roles.stream().map(Enum::name).toArray(String[]::new))
                .param("email", email).param("admin", admin).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(change.expiresAt())).update();
        return stored == 1 ? Optional.of(change) : Optional.empty();
    }

    private static final String WAITING = """
            SELECT id, username, kind, roles, email, requested_by, requested_at, expires_at FROM staff_account_change
            WHERE status = 'pending' AND expires_at > :now
            """;

    private static final RowMapper<AccountChange> CHANGE = (rs, row) -> new AccountChange(
            rs.getObject("id", UUID.class), rs.getString("username"), AccountChangeKind.valueOf(rs.getString("kind")),
            roles(rs.getArray("roles")), rs.getString("email"), rs.getString("requested_by"),
            rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("expires_at").toInstant());

    /** Every change still waiting, oldest first. */
    List<AccountChange> waiting(Instant now) {
        return jdbc.sql(WAITING + "ORDER BY requested_at, id").param("now", Timestamp.from(now)).query(CHANGE).list();
    }

    List<AccountChange> waitingFor(String username, Instant now) {
        return jdbc.sql(WAITING + "AND username = :u ORDER BY requested_at, id")
                .param("now", Timestamp.from(now)).param("u", username).query(CHANGE).list();
    }

    Optional<AccountChange> waiting(UUID id, Instant now) {
        return jdbc.sql(WAITING + "AND id = :id").param("now", Timestamp.from(now)).param("id", id)
                .query(CHANGE).optional();
    }

    /**
     * Marks the change approved and applied by this admin; false if it is no longer waiting, or the admin asked for
     * it. One statement, so two admins approving at once cannot both apply it.
     */
    boolean approve(UUID id, String admin, Instant now) {
        return jdbc.sql("""
                        UPDATE staff_account_change SET status = 'applied', decided_by = :admin, decided_at = :now
                        WHERE id = :id AND status = 'pending' AND expires_at > :now AND requested_by <> :admin""")
                .param("id", id).param("admin", admin).param("now", Timestamp.from(now)).update() == 1;
    }

    /** False if it is no longer waiting. */
    boolean cancel(UUID id, String admin, Instant now) {
        return jdbc.sql("""
                        UPDATE staff_account_change SET status = 'cancelled', decided_by = :admin, decided_at = :now
                        WHERE id = :id AND status = 'pending'""")
                .param("id", id).param("admin", admin).param("now", Timestamp.from(now)).update() == 1;
    }

    private static Set<StaffRole> roles(Array array) throws java.sql.SQLException {
        return array == null ? EnumSet.noneOf(StaffRole.class) : StaffRole.parse((String[]) array.getArray());
    }
}
