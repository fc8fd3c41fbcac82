package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The office's view of a shared project's accounts (the accounts dialog): who they are, their kind and township,
 * whether they may log in; adding ({@link PgAccounts#add}), disabling or enabling a login, and setting a new
 * password (hashed by the driver, as on adding). Only the project's owner (or a role that may create roles) manages
 * accounts; {@link #canManage} says whether this login is one.
 */
public final class PgAccountBook {
    /** One account: its login role, kind, township (null unless TOWNSHIP) and whether it may log in. */
    public record Account(String name, AccountKind kind, String township, boolean enabled) {
    }

    private final PgFeatureStore store;

    public PgAccountBook(PgFeatureStore store) {
        this.store = store;
    }

    /** The project as messages name it (database@host:port). */
    public Object project() {
        return store.address().label();
    }

    /** Whether this login owns the project's schema, is a superuser or may create roles (the office's owner). */
    public boolean canManage() {
        return store.read("checking account rights", c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT r.rolsuper OR r.rolcreaterole"
                    + " OR EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = ? AND n.nspowner = r.oid)"
                    + " FROM pg_roles r WHERE r.rolname = current_user")) {
                query.setString(1, store.address().schema());
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /** The accounts by name. */
    public List<Account> list() {
        String schema = store.address().schema();
        return store.read("listing accounts", c -> {
            List<Account> accounts = new ArrayList<>();
            if (!PgProjectTables.tableExists(c, qualified(schema, PgAccess.ACCOUNTS))) {
                return accounts;
            }
            try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT a.role_name, a.kind,"
                    + " a.township, coalesce(r.rolcanlogin, false) FROM " + qualified(schema, PgAccess.ACCOUNTS)
                    + " a LEFT JOIN pg_roles r ON r.rolname = a.role_name ORDER BY a.role_name")) {
                while (rs.next()) {
                    accounts.add(new Account(rs.getString(1), AccountKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getBoolean(4)));
                }
            }
            return accounts;
        });
    }

    /** Adds an account (see {@link PgAccounts#add}). */
    public void add(String name, AccountKind kind, String township, char[] password) {
        PgAccounts.add(store, name, kind, township, password);
    }

    /** Lets {@code name} log in again or not; its rows and history stay. Only the project's accounts. */
    public void setEnabled(String name, boolean enabled) {
        known(name);
        store.read("changing account " + name, c -> {
            try (Statement sql = c.createStatement()) {
                sql.execute("ALTER ROLE " + quote(name) + (enabled ? " LOGIN" : " NOLOGIN"));
            }
            return null;
        });
    }

    /** Sets a new password for {@code name} (SCRAM-hashed before it is sent). Only the project's accounts. */
    public void resetPassword(String name, char[] password) {
        known(name);
        store.read("setting the password of " + name, c -> {
            c.unwrap(PGConnection.class).alterUserPassword(name, password, "scram-sha-256");
            return null;
        });
    }

    private void known(String name) {
        if (list().stream().noneMatch(a -> a.name().equals(name))) {
            throw new StoreException(StoreProblem.PERMISSION_DENIED, store.address().label(), name,
                    "no account " + name + " in this project", null);
        }
    }
}
