package rectimap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
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
    private Connection connection;
    private FeatureRowWriter rows;
    private final ChangeSetCodec codec = new ChangeSetCodec();
    private final SessionIdentity who = SessionIdentity.current();
    private final FeatureIdRebase ids = new FeatureIdRebase();
    private int cursor;
    private int stepCount;
    /** What the window shows of other connections' commits (see {@link SeenChanges}). */
    private final SeenChanges seen;

    private JournalTransactions(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.rows = new FeatureRowWriter(connection, file);
        this.cursor = HistoryRows.cursor(connection);
        this.stepCount = HistoryRows.count(connection);
        // From the open, not from the first poll a second later: a program writing in between was never noticed.
        this.seen = new SeenChanges(dataVersion());
    }

    static JournalTransactions open(Path file) {
        Connection connection = null;
        try {
            connection = connect(file, GeoPackageJournal.OPEN_BUSY_TIMEOUT_MS);
            Connection opened = connection;
            inTransaction(opened, () -> ProjectTables.ensure(opened));
            return new JournalTransactions(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteFailures.of(e, file, "opening for editing", StoreProblem.WRITE_FAILED);
        }
    }

    /**
     * The writer's connection, left in JDBC's autocommit mode: transactions are the plain statements BEGIN
     * IMMEDIATE / COMMIT / ROLLBACK, so the connection is never believed to be in a state it is not in. (The
     * driver's own {@code setAutoCommit(true)} marks the connection autocommit BEFORE its COMMIT runs; a COMMIT
     * refused as busy by another program's read then left SQLite inside the transaction while the driver thought
     * otherwise, and every later BEGIN failed with "cannot start a transaction within a transaction" for the rest
     * of the session.)
     */
    private static Connection connect(Path file, int busyTimeoutMs) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMs);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties());
        try (Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA journal_mode = DELETE");
            sql.execute("PRAGMA synchronous = EXTRA");
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
        GpkgEnvelopeFunctions.registerOn(connection);
        return connection;
    }

    /** Runs {@code work} as one transaction; rolls back and throws the fitting StoreException when it fails. */
    void inTransaction(String action, Work work) {
        int cursorBefore = cursor;
        int stepCountBefore = stepCount;
        java.util.Map<String, java.util.Map<Long, Long>> idsBefore = ids.mark();
        try {
            reconnectIfClosed();
            inTransaction(connection, () -> work.run(connection));
        } catch (SQLException | RuntimeException e) {
            cursor = cursorBefore;
            stepCount = stepCountBefore;
            ids.reset(idsBefore);
            rows.forgetLayers();
            if (!ended(connection)) {
                reconnect();
            }
            if (e instanceof SQLException sql) {
                throw SqliteFailures.of(sql, file, action, StoreProblem.WRITE_FAILED);
            }
            throw (RuntimeException) e;
        }
    }

    /** The body of a transaction. */
    private interface Body {
        void run() throws SQLException;
    }

    /**
     * BEGIN IMMEDIATE, {@code body}, COMMIT; on any failure (a COMMIT refused as busy keeps the transaction open,
     * a full disk has already rolled it back) a ROLLBACK that tolerates "no transaction is active".
     */
    private static void inTransaction(Connection connection, Body body) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        try {
            body.run();
            execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** Whether the connection is outside any transaction (a BEGIN would work). */
    private static boolean ended(Connection connection) {
        try {
            execute(connection, "BEGIN");
            execute(connection, "ROLLBACK");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A connection whose rollback failed is in an unknown state: close it (which rolls back whatever is open) and
     * start a new one, so the next write finds a clean connection rather than a dead session.
     */
    private void reconnect() {
        closeQuietly(connection);
        try {
            reconnectIfClosed();
        } catch (SQLException e) {
            // The next write tries again to connect (reconnectIfClosed) and fails with SQLite's reason if it cannot.
        }
    }

    private void reconnectIfClosed() throws SQLException {
        if (connection.isClosed()) {
            connection = connect(file, GeoPackageJournal.BUSY_TIMEOUT_MS);
            rows = new FeatureRowWriter(connection, file);
            seen.reconnected();
        }
    }

    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    /**
     * Writes {@code pending} as one transaction; a durable write also stores its {@link RecoveryMark}, so a
     * recovery journal replayed later skips what already reached the file.
     */
    void write(PendingWrite pending) {
        inTransaction(pending.write().action(), writing -> {
            pending.write().applyTo(this);
            if (pending.write().durable()) {
                RecoveryMark.write(writing, pending.origin(), pending.seq());
            }
        });
    }

    /** The recovery mark the file holds (see {@link RecoveryMark}); empty when none. */
    java.util.Optional<RecoveryMark> recoveryMark() throws SQLException {
        return RecoveryMark.read(connection);
    }

    /** From now on one try of a write waits at most {@code ms} for another program's lock. */
    void busyTimeout(int ms) {
        try {
            execute(connection, "PRAGMA busy_timeout = " + ms);
        } catch (SQLException e) {
            // The open's longer timeout stays: tries take longer, nothing is lost.
        }
    }

    /** Runs {@code work} on the connection, inside the transaction the caller owns. */
    void run(Work work) throws SQLException {
        work.run(connection);
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
        DetachedPhotos.forgetAfter(connection, cursor);
        MovedPhotoLinks.follow(connection, inFile);
        DetachedPhotos.detach(connection, inFile, cursor + 1, DetachedPhotos.Move.DONE);
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
        requireFit(inFile);
        rows.apply(inFile);
        DetachedPhotos.restore(connection, cursor, DetachedPhotos.Move.DONE);
        MovedPhotoLinks.follow(connection, inFile);
        DetachedPhotos.detach(connection, inFile, cursor, DetachedPhotos.Move.UNDONE);
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
        requireFit(inFile);
        rows.apply(inFile);
        DetachedPhotos.restore(connection, cursor + 1, DetachedPhotos.Move.UNDONE);
        MovedPhotoLinks.follow(connection, inFile);
        DetachedPhotos.detach(connection, inFile, cursor + 1, DetachedPhotos.Move.DONE);
        if (ids.rebasedLastStep()) {
            HistoryRows.rewrite(connection, cursor + 1, codec.encode(inFile));
        }
        writeLayerStates(step);
        HistoryRows.setCursor(connection, cursor + 1);
        log(ChangeLogRows.Action.REDONE, step);
        cursor++;
    }

    /**
     * An undo or redo must find its features as it expects them ({@link StepFitInFile}). Only looked at when
     * another connection committed since the app last re-read the file: otherwise the file holds what the app
     * shows, which the app has already checked.
     */
    private void requireFit(ChangeSet inFile) throws SQLException {
        if (changedOutside()) {
            StepFitInFile.require(inFile, new FeatureTableReader(connection, new GpkgGeometryCodec(), file), rows,
                    file);
        }
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
     * what the window shows ({@link SeenChanges}): SQLite's {@code PRAGMA data_version} on this connection changes
     * exactly then, never for this connection's own commits.
     */
    boolean changedOutside() throws SQLException {
        return seen.changedOutside(dataVersion());
    }

    /**
     * Runs {@code work}, which commits through {@code other} (this app's store connection), as the app's own
     * commit writing {@code tables}: it does not make another program's earlier, unseen change look seen, and is
     * named to the next re-read as the app's own ({@link SeenChanges#ownCommitted}). The two connections' versions
     * are looked at around it in nested order, so a commit of any third connection in between is noticed.
     */
    <T> T ownCommit(Connection other, Set<String> tables, java.util.concurrent.Callable<T> work) throws Exception {
        long otherBefore = SeenChanges.dataVersion(other);
        long before = dataVersion();
        T result = work.call();
        long after = dataVersion();
        boolean alone = SeenChanges.dataVersion(other) == otherBefore;
        seen.ownCommitted(before, after, alone, tables);
        return result;
    }

    /**
     * The app is about to re-read the file for the window, which may drop what it read (a move came meanwhile):
     * what other programs committed until now counts as seen only at {@link #outsideChangesShown()}. Until then an
     * undo or redo still checks its features against the file, which the window does not show yet.
     *
     * @return the tables the app itself wrote through its other connection that the window does not show yet
     */
    Set<String> outsideChangesRead() throws SQLException {
        return seen.reading(dataVersion());
    }

    /** The app shows what it read last ({@link #outsideChangesRead()}): those outside changes count as seen. */
    void outsideChangesShown() {
        seen.shown();
    }

    private long dataVersion() throws SQLException {
        reconnectIfClosed();
        return SeenChanges.dataVersion(connection);
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
