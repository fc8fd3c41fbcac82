package rectimap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import rectimap.model.ChangeSet;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The writer thread's side of {@link GeoPackageJournal}: its connection (rollback journal, synchronous=EXTRA,
 * BEGIN IMMEDIATE so a writer never deadlocks with another program's reader turning writer, the R-tree functions
 * registered) and the body of each transaction. The cursor mirrors the file's and is only trusted after COMMIT.
 * Confined to the writer thread.
 */
final class JournalTransactions {
    /** A unit of work on the connection. */
    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final FeatureRowWriter rows;
    private final ChangeSetCodec codec = new ChangeSetCodec();
    private final SessionIdentity who = SessionIdentity.current();
    private final FeatureIdRebase ids = new FeatureIdRebase();
    private int cursor;
    private int stepCount;
    /** The last {@code PRAGMA data_version} seen; -1 before the first look. */
    private long dataVersion = -1;

    private JournalTransactions(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.rows = new FeatureRowWriter(connection, file);
        this.cursor = HistoryRows.cursor(connection);
        this.stepCount = HistoryRows.count(connection);
    }

    static JournalTransactions open(Path file) {
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(GeoPackageJournal.BUSY_TIMEOUT_MS);
            config.resetOpenMode(SQLiteOpenMode.CREATE);
            config.setOpenMode(SQLiteOpenMode.READWRITE);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement sql = connection.createStatement()) {
                sql.execute("PRAGMA journal_mode = DELETE");
                sql.execute("PRAGMA synchronous = EXTRA");
            }
            GpkgEnvelopeFunctions.registerOn(connection);
            connection.setAutoCommit(false);
            ProjectTables.ensure(connection);
            connection.commit();
            connection.setAutoCommit(true);
            return new JournalTransactions(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteFailures.of(e, file, "opening for editing", StoreProblem.WRITE_FAILED);
        }
    }

    /** Runs {@code work} as one transaction; rolls back and throws the fitting StoreException when it fails. */
    void inTransaction(String action, Work work) {
        try {
            connection.setAutoCommit(false);
            java.util.Map<String, java.util.Map<Long, Long>> idsBefore = ids.mark();
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                ids.reset(idsBefore);
                cursor = HistoryRows.cursor(connection);
                stepCount = HistoryRows.count(connection);
                rows.forgetLayers();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, action, StoreProblem.WRITE_FAILED);
        }
    }

    /** Runs {@code work} outside a transaction (VACUUM INTO refuses to run inside one). */
    void autocommit(String action, Work work) {
        try {
            work.run(connection);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, action, StoreProblem.WRITE_FAILED);
        }
    }

    void done(ChangeSet step) throws SQLException {
        ChangeSet inFile = ids.toFile(step, connection, rows::layer);
        rows.apply(inFile);
        writeLayerStates(step);
        HistoryRows.append(connection, cursor, step.name(), codec.encode(inFile));
        HistoryRows.setCursor(connection, cursor + 1);
        log(ChangeLogRows.Action.DONE, step);
        cursor++;
        stepCount = cursor;
    }

    void undone(ChangeSet inverse) throws SQLException {
        if (cursor == 0) {
            throw new IllegalStateException("nothing to undo in the file's history");
        }
        ChangeSet inFile = ids.toFile(inverse, connection, rows::layer);
        rows.apply(inFile);
        if (ids.rebasedLastStep()) {
            HistoryRows.rewrite(connection, cursor, codec.encode(inFile.inverse()));
        }
        writeLayerStates(inverse);
        HistoryRows.setCursor(connection, cursor - 1);
        log(ChangeLogRows.Action.UNDONE, inverse);
        cursor--;
    }

    void redone(ChangeSet step) throws SQLException {
        if (cursor == stepCount) {
            throw new IllegalStateException("nothing to redo in the file's history");
        }
        ChangeSet inFile = ids.toFile(step, connection, rows::layer);
        rows.apply(inFile);
        if (ids.rebasedLastStep()) {
            HistoryRows.rewrite(connection, cursor + 1, codec.encode(inFile));
        }
        writeLayerStates(step);
        HistoryRows.setCursor(connection, cursor + 1);
        log(ChangeLogRows.Action.REDONE, step);
        cursor++;
    }

    /**
     * A step that changes the layers' display names every layer (see {@code LayerStateChange}): its after views,
     * in order, are the whole persisted display state.
     */
    private void writeLayerStates(ChangeSet step) throws SQLException {
        if (step.layerStates() == null) {
            return;
        }
        List<rectimap.model.LayerView> views = step.layerStates().after();
        List<LayerDisplayState> states = new java.util.ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            rectimap.model.LayerView view = views.get(i);
            states.add(new LayerDisplayState(view.tableName(), i, view.visible(), view.opacity(), view.style()));
        }
        LayerStateRows.replace(connection, states);
    }

    private void log(ChangeLogRows.Action action, ChangeSet step) throws SQLException {
        ChangeLogRows.append(connection, action, step.name(), ChangeLogRows.summary(step), who.user(), who.host());
    }

    java.util.Optional<String> setting(String key) throws SQLException {
        return SettingRows.read(connection, key);
    }

    /** The app has read the file's feature ids back (see {@link FeatureIdRebase#forget()}). */
    void forgetRebasedIds() {
        ids.forget();
    }

    /**
     * Whether another connection (another program, or this app's store connection) committed to the file since
     * the last call: SQLite's {@code PRAGMA data_version} on this connection changes exactly then, never for this
     * connection's own commits. The first call only takes the baseline.
     */
    boolean changedOutside() throws SQLException {
        long now;
        try (Statement sql = connection.createStatement();
             java.sql.ResultSet row = sql.executeQuery("PRAGMA data_version")) {
            now = row.getLong(1);
        }
        boolean changed = dataVersion >= 0 && now != dataVersion;
        dataVersion = now;
        return changed;
    }

    int cursor() {
        return cursor;
    }

    void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // every transaction has committed or rolled back; nothing is left to lose
            }
        }
    }
}
