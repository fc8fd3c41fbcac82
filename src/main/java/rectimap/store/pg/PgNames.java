package rectimap.store.pg;

/**
 * Quoting of PostgreSQL identifiers: every table, column, schema and role name that came from a user or an imported
 * file goes into SQL through here (values always go through bind parameters).
 */
final class PgNames {
    private PgNames() {
    }

    /** {@code name} as a double-quoted identifier, embedded quotes doubled; NUL is refused (PostgreSQL cannot hold it). */
    static String quote(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a name with a NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.table}, both quoted. */
    static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }

    /** {@code text} as a string literal (only for DDL that takes no parameters, such as a role's password). */
    static String literal(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a text with a NUL character");
        }
        return "'" + text.replace("'", "''") + "'";
    }
}
