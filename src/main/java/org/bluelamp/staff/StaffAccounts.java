package org.bluelamp.staff;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Staff accounts, as Spring Security reads them at sign-in and as other modules look people up. */
@Repository
class StaffAccounts implements UserDetailsService, StaffMembers {

    /** Every signed-in account has this authority, whatever its roles. */
    static final String STAFF = "STAFF";

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.UK);
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM staff_account WHERE username = :username")
                .param("username", username).query(Integer.class).single() > 0;
    }

    /** @param email where the holder is told of changes to the account, or null */
    void add(String username, String displayName, String email, String passwordHash, Set<StaffRole> roles,
             Instant now) {
        jdbc.sql("""
                        INSERT INTO staff_account (username, display_name, email, password_hash, roles, created_at)
                        VALUES (:username, :name, :email, :hash, CAST(:roles AS text[]), :now)""")
                .param("username", username).param("name", displayName).param("email", email)
                .param("hash", passwordHash)
                .param("roles", roles.stream().map(Enum::name).toArray(String[]::new))
                .param("now", Timestamp.from(now)).update();
    }

    private static final String SUMMARIES = """
            SELECT a.username, a.display_name, a.email, a.team, a.roles, a.enabled,
                   t.confirmed_at IS NOT NULL AS second_factor, a.password_hash NOT LIKE :unusable AS chosen
            FROM staff_account a LEFT JOIN staff_authenticator t ON t.username = a.username
            """;

    private static final RowMapper<AccountSummary> SUMMARY = (rs, row) -> new AccountSummary(
            rs.getString("username"), rs.getString("display_name"), rs.getString("email"), rs.getString("team"),
            roles(rs.getArray("roles")), rs.getBoolean("enabled"), rs.getBoolean("second_factor"),
            rs.getBoolean("chosen"));

    List<AccountSummary> all() {
        return jdbc.sql(SUMMARIES + "ORDER BY a.display_name, a.username")
                .param("unusable", UNUSABLE_PASSWORD + "%").query(SUMMARY).list();
    }

    Optional<AccountSummary> summary(String username) {
        return jdbc.sql(SUMMARIES + "WHERE a.username = :username")
                .param("unusable", UNUSABLE_PASSWORD + "%").param("username", normalise(username))
                .query(SUMMARY).optional();
    }

    /**
     * Marks a password that matches nothing: a new account has no password until its owner chooses one with their
     * set-up link. Not a hash, so no typed password can ever match it.
     */
    static final String UNUSABLE_PASSWORD = "{none}";

    void addWithoutPassword(AccountForm form, Instant now) {
        jdbc.sql("""
                        INSERT INTO staff_account (username, display_name, password_hash, roles, email, team, created_at)
                        VALUES (:username, :name, :unusable, CAST(:roles AS text[]), :email, :team, :now)""")
                .param("username", form.username()).param("name", form.name())
                .param("unusable", UNUSABLE_PASSWORD + UUID.randomUUID())
                .param("roles", form.roles().stream().map(Enum::name).toArray(String[]::new))
                .param("email", form.email()).param("team", form.team().isEmpty() ? null : form.team())
                .param("now", Timestamp.from(now)).update();
    }

    void setPassword(String username, String passwordHash) {
        jdbc.sql("UPDATE staff_account SET password_hash = :hash WHERE username = :u")
                .param("hash", passwordHash).param("u", username).update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE staff_account SET enabled = :enabled WHERE username = :u")
                .param("enabled", enabled).param("u", username).update();
    }

    /**
     * Ends every session the account has, on every device, at once: their next request finds no session. One
     * statement on the caller's connection (Spring Session's own repository would take a second one).
     */
    void endSessions(String username) {
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :u").param("u", username).update();
    }

    void setRoles(String username, Set<StaffRole> roles) {
        jdbc.sql("UPDATE staff_account SET roles = CAST(:roles AS text[]) WHERE username = :u")
                .param("roles", roles.stream().map(Enum::name).toArray(String[]::new)).param("u", username).update();
    }

    void setEmail(String username, String email) {
        jdbc.sql("UPDATE staff_account SET email = :email WHERE username = :u").param("email", email)
                .param("u", username).update();
    }

    /**
     * Whether any account other than these holds the admin role, enabled or not (a disabled admin can be enabled
     * again, so disabling the others does not make anyone the only admin).
     */
    boolean anotherAdminThan(String... usernames) {
        return jdbc.sql("""
                        SELECT count(*) FROM staff_account
                        WHERE 'ADMIN' = ANY (roles) AND NOT (username = ANY (CAST(:us AS text[])))""")
                .param("us", usernames).query(Integer.class).single() > 0;
    }

    void joinTeam(String username, String team) {
        jdbc.sql("UPDATE staff_account SET team = :team WHERE username = :u").param("team", team).param("u", username)
                .update();
    }

    /** A disabled account is not found: it fails exactly as an unknown username does, by every way of signing in. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles FROM staff_account WHERE username = :username AND enabled")
                .param("username", normalise(username))
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .authorities(authorities(roles(rs.getArray("roles"))))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }

    @Override
    public Optional<StaffMember> find(String username) {
        return jdbc.sql("SELECT username, display_name, team, roles FROM staff_account WHERE username = :username")
                .param("username", normalise(username))
                .query((rs, row) -> new StaffMember(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("team"), roles(rs.getArray("roles"))))
                .optional();
    }

    @Override
    public List<StaffMember> withPermission(Permission permission) {
        var roles = Arrays.stream(StaffRole.values()).filter(r -> r.permissions().contains(permission))
                .map(Enum::name).toArray(String[]::new);
        return jdbc.sql("""
                        SELECT username, display_name, team, roles FROM staff_account
                        WHERE enabled AND roles && CAST(:roles AS text[]) ORDER BY display_name, username""")
                .param("roles", roles)
                .query((rs, row) -> new StaffMember(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("team"), roles(rs.getArray("roles"))))
                .list();
    }

    @Override
    public List<StaffMember> signedInWith(Permission permission) {
        var roles = Arrays.stream(StaffRole.values()).filter(r -> r.permissions().contains(permission))
                .map(Enum::name).toArray(String[]::new);
        // Spring Session stamps expiry in the database's wall-clock milliseconds, so now() is the time to compare
        return jdbc.sql("""
                        SELECT username, display_name, team, roles FROM staff_account a
                        WHERE enabled AND roles && CAST(:roles AS text[])
                          AND EXISTS (SELECT 1 FROM spring_session s WHERE s.principal_name = a.username
                                      AND s.expiry_time > extract(EPOCH FROM now()) * 1000)
                        ORDER BY display_name, username""")
                .param("roles", roles)
                .query((rs, row) -> new StaffMember(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("team"), roles(rs.getArray("roles"))))
                .list();
    }

    /** What Spring Security checks: that this is staff, each role, and each permission the roles give. */
    static Collection<GrantedAuthority> authorities(Set<StaffRole> roles) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(STAFF));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        StaffRole.permissionsOf(roles).forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return List.copyOf(authorities);
    }

    private static Set<StaffRole> roles(Array array) throws SQLException {
        return StaffRole.parse((String[]) array.getArray());
    }
}
