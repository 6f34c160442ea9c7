package org.bluelamp.insight;

import org.bluelamp.contact.ContactScope;
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
 * The repeats among the contacts a filter picks: each email and phone (a person) or postcode (an address) given by
 * {@value RepeatFilter#TIMES} or more of them, counted when asked from the few contacts that can be repeats
 * ({@link RepeatCandidates}; team and channel as at its last refresh, a few minutes old). A person's email and phone
 * are joined when one contact gives both, so someone who wrote twice by email and once by phone with both is one
 * person, not two. Nothing read here leaves this class but contacts' ids and counts.
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
        return groups(kind, filter, ContactScope.NOBODY).stream().map(Found::contacts).toList();
    }

    /**
     * The groups of one kind, largest first (then in a fixed order), each with its contacts and those of them the
     * scope lets a viewer see now.
     */
    List<Found> groups(RepeatKind kind, RepeatFilter filter, ContactScope scope) {
        var keys = bind(jdbc.sql("""
                        SELECT array_agg(r.contact_id) AS ids
                        FROM insight_repeat_contact r
                        WHERE %s
                        GROUP BY r.key_hash HAVING count(*) >= :times""".formatted(where(filter))), filter)
                .param("kind", kind.code())
                .query((rs, row) -> ids(rs.getArray("ids"))).list();
        var visible = visible(keys, scope);
        var groups = kind == RepeatKind.PERSON ? joined(keys) : keys;
        return groups.stream().map(ids -> new Found(ids, ids.stream().filter(visible::contains)
                        .collect(Collectors.toSet())))
                .sorted(Comparator.comparingInt((Found g) -> g.contacts().size()).reversed()
                        .thenComparing(g -> g.contacts().stream().min(Comparator.naturalOrder()).orElseThrow()))
                .toList();
    }

    /** Which of these contacts the scope lets a viewer open, as the contacts stand now. */
    private Set<UUID> visible(List<Set<UUID>> keys, ContactScope scope) {
        if (!scope.seesContacts() || keys.isEmpty()) {
            return Set.of();
        }
        var ids = keys.stream().flatMap(Set::stream).distinct().toArray(UUID[]::new);
        return new HashSet<>(scope.bind(jdbc.sql("SELECT id FROM contact WHERE id = ANY(:ids) AND "
                + scope.condition())).param("ids", ids).query(UUID.class).list());
    }

    /** A repeat group's contacts, and those a viewer may see. */
    record Found(Set<UUID> contacts, Set<UUID> visible) {
    }

    /** Addresses are not joined, so they are counted where they are, without sending every contact's id back. */
    private RepeatCount addresses(RepeatFilter filter) {
        return bind(jdbc.sql("""
                        WITH given AS (SELECT r.key_hash, r.contact_id FROM insight_repeat_contact r WHERE %s),
                             repeated AS (SELECT key_hash FROM given GROUP BY key_hash HAVING count(*) >= :times)
                        SELECT (SELECT count(*) FROM repeated) AS groups,
                               (SELECT count(DISTINCT contact_id) FROM given JOIN repeated USING (key_hash))
                                   AS contacts""".formatted(where(filter))), filter)
                .param("kind", RepeatKind.ADDRESS.code())
                .query((rs, row) -> new RepeatCount(rs.getInt("groups"), rs.getInt("contacts"))).single();
    }

    private static String where(RepeatFilter filter) {
        var where = new StringBuilder("r.kind = :kind AND r.received_at >= :start AND r.received_at < :end");
        if (filter.team() != null) {
            where.append(" AND r.team = :team");
        }
        if (filter.channel() != null) {
            where.append(" AND r.channel = :channel");
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
    private static List<Set<UUID>> joined(List<Set<UUID>> keys) {
        var parent = new HashMap<UUID, UUID>();
        for (Set<UUID> ids : keys) {
            var first = root(parent, ids.iterator().next());
            for (UUID id : ids) {
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
        return List.copyOf(groups.values());
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
