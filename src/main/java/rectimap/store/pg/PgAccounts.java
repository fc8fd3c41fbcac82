package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import rectimap.model.StoreException;

/**
 * Adds an account to a shared project: a PostgreSQL login role in the kind's group role, recorded in
 * {@code rectimap_account} with its township. The password is hashed (SCRAM-SHA-256) by the driver before it is
 * sent, so it is in no statement, server log or file. Run by the project's owner (or a superuser).
 */
public final class PgAccounts {
    private PgAccounts() {
    }

    /** Why an account cannot be added (message key {@code accounts.<REASON>}, {0} = account, {1} = township). */
    public enum Refusal {
        EXISTS, NO_SUCH_TOWNSHIP, TOWNSHIP_NEEDED, TOWNSHIP_NOT_FOR_KIND
    }

    /** An account that cannot be added; nothing was changed. */
    public static final class Refused extends RuntimeException {
        private final Refusal reason;

        Refused(Refusal reason, String account) {
            super(reason + ": " + account);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /**
     * Adds {@code name} of {@code kind} ({@code township} for TOWNSHIP accounts, else null) with {@code password},
     * securing the project first (roles, grants, row-level security) in the same transaction.
     *
     * @throws Refused        the account exists, the township is unknown or missing
     * @throws StoreException the server refused (PERMISSION_DENIED when not run by the owner)
     */
    public static void add(PgFeatureStore store, String name, AccountKind kind, String township, char[] password) {
        if ((kind == AccountKind.TOWNSHIP) != (township != null)) {
            throw new Refused(kind == AccountKind.TOWNSHIP ? Refusal.TOWNSHIP_NEEDED : Refusal.TOWNSHIP_NOT_FOR_KIND,
                    name);
        }
        String schema = store.address().schema();
        store.inTransaction("adding account " + name, c -> {
            PgAccess.secure(c, schema, store.layers());
            if (PgAccess.roleExists(c, name)) {
                throw new Refused(Refusal.EXISTS, name);
            }
            if (township != null && !townshipExists(c, schema, township)) {
                throw new Refused(Refusal.NO_SUCH_TOWNSHIP, name);
            }
            try (Statement sql = c.createStatement()) {
                sql.execute("CREATE ROLE " + quote(name) + " LOGIN IN ROLE " + quote(kind.groupRole(schema)));
            }
            c.unwrap(PGConnection.class).alterUserPassword(name, password, "scram-sha-256");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + qualified(schema,
                    PgAccess.ACCOUNTS) + " (role_name, kind, township) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, kind.name());
                insert.setString(3, township);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static boolean townshipExists(Connection c, String schema, String township) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM " + qualified(schema,
                PgAccess.TOWNSHIP_LAYER) + " WHERE name = ?")) {
            query.setString(1, township);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
