package org.bluelamp.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The repeats among the contacts a filter picks, found live: each contact's emails and phones (a person) or postcodes
 * (an address) as stored, grouped, and those given {@value RepeatFilter#TIMES} or more times kept. A person's email
 * and phone are joined when one contact gives both, so someone who wrote twice by email and once by phone with both
 * is one person, not two. Nothing read here leaves this class but contacts' ids and counts.
 */
@Repository
public class RepeatGroups {

    private final JdbcClient jdbc;

    RepeatGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many people and addresses came up again and again, and the contacts they account for. */
    public RepeatFigures figures(RepeatFilter filter) {
        return new RepeatFigures(filter, count(groups(RepeatKind.PERSON, filter)), addresses(filter));
    }

    /** The groups of one kind, each the ids of its contacts, largest first. */
    List<Set<UUID>> groups(RepeatKind kind, RepeatFilter filter) {
        return groups(kind, filter, RepeatScope.NOBODY).stream().map(Found::contacts).toList();
    }

    /**
     * The groups of one kind, largest first (then in a fixed order), each with its contacts and those of them the
     * scope lets a viewer see.
     */
    List<Found> groups(RepeatKind kind, RepeatFilter filter, RepeatScope scope) {
        var keys = scope.bind(bind(jdbc.sql("""
                        SELECT array_agg(c.id) AS ids, coalesce(array_agg(c.id) FILTER (WHERE %s), '{}') AS visible
                        FROM contact c, unnest(%s) AS k(key)
                        WHERE %s
                        GROUP BY k.key HAVING count(*) >= :times"""
                        .formatted(scope.condition(), identifiers(kind), where(filter))), filter))
                .query((rs, row) -> new Found(ids(rs.getArray("ids")), ids(rs.getArray("visible")))).list();
        var groups = kind == RepeatKind.PERSON ? joined(keys) : keys;
        return groups.stream().sorted(Comparator.comparingInt((Found g) -> g.contacts().size()).reversed()
                .thenComparing(g -> g.contacts().stream().min(Comparator.naturalOrder()).orElseThrow())).toList();
    }

    /** A repeat group's contacts, and those a viewer may see. */
    record Found(Set<UUID> contacts, Set<UUID> visible) {
    }

    /** Addresses are not joined, so they are counted where they are, without sending every contact's id back. */
    private RepeatCount addresses(RepeatFilter filter) {
        return bind(jdbc.sql("""
                        WITH given AS (SELECT c.id, k.key
                                       FROM contact c, unnest(%s) AS k(key)
                                       WHERE %s),
                             repeated AS (SELECT key FROM given GROUP BY key HAVING count(*) >= :times)
                        SELECT (SELECT count(*) FROM repeated) AS groups,
                               (SELECT count(DISTINCT id) FROM given JOIN repeated USING (key)) AS contacts"""
                        .formatted(identifiers(RepeatKind.ADDRESS), where(filter))), filter)
                .query((rs, row) -> new RepeatCount(rs.getInt("groups"), rs.getInt("contacts"))).single();
    }

    private static String identifiers(RepeatKind kind) {
        // emails hold an @ and phones start with +, so the two never match each other
        return kind == RepeatKind.PERSON ? "c.emails || c.phones" : "c.postcodes";
    }

    private static String where(RepeatFilter filter) {
        var where = new StringBuilder("c.received_at >= :start AND c.received_at < :end");
        if (filter.team() != null) {
            where.append(" AND coalesce(c.allocated_team, '') = :team");
        }
        if (filter.channel() != null) {
            where.append(" AND c.channel = :channel");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, RepeatFilter filter) {
        var spec = sql.param("start", Timestamp.from(filter.start())).param("end", Timestamp.from(filter.end()))
                .param("times", RepeatFilter.TIMES);
        spec = filter.team() == null ? spec : spec.param("team", filter.team());
        return filter.channel() == null ? spec : spec.param("channel", filter.channel());
    }

    private static Set<UUID> ids(Array array) throws SQLException {
        return new LinkedHashSet<>(List.of((UUID[]) array.getArray()));
    }

    /** Groups that share a contact become one (union-find over the contacts). */
    private static List<Found> joined(List<Found> keys) {
        var parent = new HashMap<UUID, UUID>();
        var visible = new HashSet<UUID>();
        for (Found key : keys) {
            visible.addAll(key.visible());
            var first = root(parent, key.contacts().iterator().next());
            for (UUID id : key.contacts()) {
                var other = root(parent, id);
                if (!other.equals(first)) {
                    parent.put(other, first);
                }
            }
        }
        var groups = new HashMap<UUID, Set<UUID>>();
        for (UUID id : parent.keySet()) {
            groups.computeIfAbsent(root(parent, id), r -> new LinkedHashSet<>()).add(id);
        }
        return groups.values().stream().map(ids -> new Found(ids,
                ids.stream().filter(visible::contains).collect(Collectors.toSet()))).toList();
    }

    private static UUID root(Map<UUID, UUID> parent, UUID id) {
        var at = id;
        var next = parent.putIfAbsent(at, at);
        while (next != null && !next.equals(at)) {
            var up = parent.get(next);
            parent.put(at, up); // halve the path as it is walked
            at = next;
            next = up;
        }
        return at;
    }

    private static RepeatCount count(List<Set<UUID>> groups) {
        var contacts = new HashSet<UUID>();
        groups.forEach(contacts::addAll);
        return new RepeatCount(groups.size(), contacts.size());
    }
}
