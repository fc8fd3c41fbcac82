package rectimap.store.pg;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection pool of one shared project (HikariCP). The password is the one the user typed, or none: the
 * PostgreSQL driver then reads {@code PGPASSFILE} or {@code ~/.pgpass} (libpq's rules). It is kept in memory only as
 * long as the pool lives and is never written anywhere by Rectimap. Every connection's search path is the project's
 * schema and then {@code public} (where PostGIS lives).
 */
public final class PgPool implements AutoCloseable {
    private final PgAddress address;
    private final HikariDataSource pool;

    private PgPool(PgAddress address, HikariDataSource pool) {
        this.address = address;
        this.pool = pool;
    }

    /**
     * Opens a pool of up to {@code size} connections and checks one out once, so a wrong address or password fails
     * here and not at the first read.
     *
     * @param password the password, or null to let the driver read .pgpass
     * @throws rectimap.model.StoreException SERVER_UNREACHABLE, LOGIN_FAILED, NOT_FOUND (no such database)
     */
    public static PgPool open(PgAddress address, char[] password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        if (password != null) {
            config.setPassword(new String(password));
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName("rectimap-" + address.database());
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1);
        config.setConnectionInitSql("SET search_path TO " + PgNames.quote(address.schema()) + ", public");
        HikariDataSource pool = new HikariDataSource(config);
        PgPool opened = new PgPool(address, pool);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(5);
        } catch (SQLException e) {
            pool.close();
            throw PgFailures.of(e, address, "connecting");
        }
        return opened;
    }

    public PgAddress address() {
        return address;
    }

    /** A pooled connection (auto-commit on); the caller closes it to give it back. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}
