package org.bluelamp.platform.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The application's tables as PostgreSQL's catalogue describes them, so a new table is backed up without anyone
 * remembering to list it: every table of the {@code public} schema, with its columns (generated ones left out, as
 * the database makes them again), in an order where a table comes after the tables its foreign keys name.
 */
final class ApplicationSchema {

    /** The migrations' own record: restore makes it again by migrating to the back-up's version. */
    static final String MIGRATION_HISTORY = "flyway_schema_history";

    /**
     * Staff sessions: a copy would let whoever reads the back-up act as a signed-in member of staff on the live
     * service; restored staff simply sign in again.
     */
    static final Set<String> EXCLUDED = Set.of("spring_session", "spring_session_attributes");

    private ApplicationSchema() {
    }

    /** Tables to copy, parents before children, each with its columns. */
    static Map<String, List<String>> tables(Connection connection) throws SQLException {
        var names = new ArrayList<String>();
        try (var statement = connection.prepareStatement("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname""");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (!name.equals(MIGRATION_HISTORY) && !EXCLUDED.contains(name)) {
                    names.add(name);
                }
            }
        }
        var tables = new LinkedHashMap<String, List<String>>();
        for (String table : parentsFirst(names, foreignKeys(connection))) {
            tables.put(table, columns(connection, table));
        }
        return tables;
    }

    private static Map<String, Set<String>> foreignKeys(Connection connection) throws SQLException {
        var parents = new HashMap<String, Set<String>>();
        try (var statement = connection.prepareStatement("""
                SELECT child.relname, parent.relname FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                JOIN pg_namespace n ON n.oid = k.connamespace
                WHERE k.contype = 'f' AND n.nspname = 'public'""");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1), t -> new LinkedHashSet<>()).add(rows.getString(2));
            }
        }
        return parents;
    }

    /** A table whose rows name rows of its own table is loaded in one statement, which PostgreSQL checks at its end. */
    static List<String> parentsFirst(List<String> names, Map<String, Set<String>> parents) {
        var ordered = new LinkedHashSet<String>();
        var remaining = new ArrayList<>(names);
        while (!remaining.isEmpty()) {
            boolean progress = false;
            for (var each = remaining.iterator(); each.hasNext(); ) {
                String table = each.next();
                boolean ready = parents.getOrDefault(table, Set.of()).stream()
                        .allMatch(parent -> parent.equals(table) || ordered.contains(parent) || !names.contains(parent));
                if (ready) {
                    ordered.add(table);
                    each.remove();
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("The tables " + remaining + " name each other in a cycle of foreign "
                        + "keys: restore cannot load them one after another.");
            }
        }
        return List.copyOf(ordered);
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        var columns = new ArrayList<String>();
        try (var statement = connection.prepareStatement("""
                SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped
                  AND a.attgenerated = '' ORDER BY a.attnum""")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** Every sequence of the schema (serial and identity columns) and its value; null if never used. */
    static List<BackupManifest.Sequence> sequences(Connection connection) throws SQLException {
        var sequences = new ArrayList<BackupManifest.Sequence>();
        try (var statement = connection.prepareStatement("""
                SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename""");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                sequences.add(new BackupManifest.Sequence(rows.getString(1), rows.getObject(2, Long.class)));
            }
        }
        return sequences;
    }

    /** The last migration applied, if the schema has been made. */
    static Optional<String> version(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL");
             var rows = statement.executeQuery()) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return Optional.empty();
            }
        }
        try (var statement = connection.prepareStatement("""
                SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
                ORDER BY installed_rank DESC LIMIT 1""");
             var rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    /** Whether the schema holds any table at all: restore goes only into an empty database. */
    static boolean hasTables(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                               WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p'))""");
             var rows = statement.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(ApplicationSchema::quoted).toList());
    }
}
