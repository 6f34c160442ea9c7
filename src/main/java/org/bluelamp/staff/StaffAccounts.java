package org.bluelamp.staff;

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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    void add(String username, String displayName, String passwordHash, Set<StaffRole> roles, Instant now) {
        jdbc.sql("""
                        INSERT INTO staff_account (username, display_name, password_hash, roles, created_at)
                        VALUES (:username, :name, :hash, CAST(:roles AS text[]), :now)""")
                .param("username", username).param("name", displayName).param("hash", passwordHash)
                .param("roles", roles.stream().map(Enum::name).toArray(String[]::new))
                .param("now", Timestamp.from(now)).update();
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
