package rectimap.store.pg;

import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureConflict;
import rectimap.model.Field;
import rectimap.model.LayerInfo;
import rectimap.model.StepConflict;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Writes one step into the shared project in ONE transaction, checking row versions: an update or delete names the
 * version its "before" was seen at ({@code WHERE fid = ? AND rectimap_version = ?}); an add must find its id free.
 * Any change that misses refuses the whole step ({@link StepConflict} with mine and theirs per feature) and nothing
 * is written. The step's id goes into {@code rectimap_step} first: a step id already there (a retry after the
 * connection dropped while the commit was on its way) is not applied again. The 照片 points of removed features go
 * with them ({@link PgBelongingPoints}: added to the logged step), and the photos of removed features are taken
 * aside and brought back by their undo in the same transaction ({@link PgDetachedPhotos}).
 */
final class PgStepWriter {
    /** What happened to a step. */
    enum Outcome {
        APPLIED, ALREADY_APPLIED
    }

    private final PgFeatureStore store;
    private final SeenVersions seen;

    PgStepWriter(PgFeatureStore store, SeenVersions seen) {
        this.store = store;
        this.seen = seen;
    }

    /**
     * Applies {@code step} as step {@code id} ({@code action} DONE, UNDONE, REDONE for the change log).
     *
     * @throws StepConflict when a feature moved on since it was seen; nothing written
     * @throws SQLException  when the server fails (the caller retries with the same id)
     */
    Outcome write(UUID id, String action, ChangeSet step) throws SQLException {
        return write(id, action, step, c -> null);
    }

    /**
     * As {@link #write(UUID, String, ChangeSet)}, running {@code alsoInTransaction} after the changes, in their
     * transaction: it commits with them or not at all (a work package merge records what it merged so).
     */
    Outcome write(UUID id, String action, ChangeSet given, PgFeatureStore.Work<?> alsoInTransaction)
            throws SQLException {
        try (Connection c = store.pool().connection()) {
            c.setAutoCommit(false);
            try {
                ChangeSet step = PgBelongingPoints.withPointsOf(c, store, seen, given);
                if (!logStep(c, id, action, step)) {
                    rollbackQuietly(c, null);
                    return Outcome.ALREADY_APPLIED;
                }
                PgDetachedPhotos photos = new PgDetachedPhotos(c, store.address().schema(), id);
                photos.detach(step);
                List<FeatureConflict> conflicts = new ArrayList<>();
                Map<FeatureChange, Long> versions = new LinkedHashMap<>();
                for (FeatureChange change : PgBelongingPoints.writingOrder(step)) {
                    long version = apply(c, change);
                    if (version < 0) {
                        conflicts.add(conflictOf(c, change));
                    } else {
                        versions.put(change, version);
                    }
                }
                if (!conflicts.isEmpty()) {
                    rollbackQuietly(c, null);
                    throw new StepConflict(store.address().label(), step, conflicts);
                }
                photos.settle(step);
                alsoInTransaction.on(c);
                c.commit();
                c.setAutoCommit(true);
                versions.forEach((change, version) -> {
                    if (change.after() != null) {
                        seen.saw(change.tableName(), change.after(), version);
                    }
                });
                return Outcome.APPLIED;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
    }

    /**
     * Rolls back; on a dead connection that fails too, and the first failure (the one that says why) is kept.
     * The pool drops a broken connection by itself.
     */
    private static void rollbackQuietly(Connection c, Exception first) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (first != null) {
                first.addSuppressed(e);
            }
        }
    }

    /** Adds the step's row to the change log; false when its id is there already (it was applied before). */
    boolean logStep(Connection c, UUID id, String action, ChangeSet step) throws SQLException {
        boolean keep = store.stepsKeepChanges();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + PgNames.qualified(
                store.address().schema(), PgProjectTables.STEPS) + " (step_id, action, name, summary"
                + (keep ? ", " + quote(PgProjectTables.STEP_CHANGES) + ") VALUES (?, ?, ?, ?, ?)" : ") VALUES (?, ?, ?, ?)")
                + " ON CONFLICT (step_id) DO NOTHING")) {
            insert.setObject(1, id);
            insert.setString(2, action);
            insert.setString(3, step.name());
            insert.setString(4, summary(step));
            if (keep) {
                insert.setBytes(5, rectimap.store.StoredRows.encode(step));
            }
            return insert.executeUpdate() == 1;
        }
    }

    /** "table +added ~replaced -removed" per layer, as the GeoPackage change log writes it. */
    static String summary(ChangeSet step) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (FeatureChange change : step.changes()) {
            int[] c = counts.computeIfAbsent(change.tableName(), t -> new int[3]);
            c[change.before() == null ? 0 : change.after() == null ? 2 : 1]++;
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((table, c) -> text.append(text.isEmpty() ? "" : "; ").append(table).append(" +").append(c[0])
                .append(" ~").append(c[1]).append(" -").append(c[2]));
        return text.toString();
    }

    /** Applies one change; its new version (0 for a delete), or -1 when the row moved on or the id is taken. */
    private long apply(Connection c, FeatureChange change) throws SQLException {
        LayerInfo info = store.info(change.tableName());
        PgLayerTable table = new PgLayerTable(store.address().schema(), info);
        if (change.before() == null) {
            try (PreparedStatement insert = c.prepareStatement(table.insertSql()
                    + " ON CONFLICT (" + quote(PgLayerTable.ID) + ") DO NOTHING RETURNING "
                    + quote(PgLayerTable.VERSION))) {
                table.bindRow(insert, change.after());
                return versionOf(insert);
            }
        }
        long expected = seen.versionOf(change.tableName(), change.before());
        if (change.after() == null) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table.name() + " WHERE "
                    + quote(PgLayerTable.ID) + " = ? AND " + quote(PgLayerTable.VERSION) + " = ?")) {
                delete.setLong(1, change.featureId());
                delete.setLong(2, expected);
                return delete.executeUpdate() == 1 ? 0 : -1;
            }
        }
        StringBuilder sql = new StringBuilder("UPDATE ").append(table.name()).append(" SET ")
                .append(quote(PgLayerTable.GEOMETRY)).append(" = ST_GeomFromWKB(?, ")
                .append(Math.max(info.srid(), 0)).append(')');
        for (Field field : info.type().fields()) {
            sql.append(", ").append(quote(field.name())).append(" = ?");
        }
        sql.append(" WHERE ").append(quote(PgLayerTable.ID)).append(" = ? AND ").append(quote(PgLayerTable.VERSION))
                .append(" = ? RETURNING ").append(quote(PgLayerTable.VERSION));
        try (PreparedStatement update = c.prepareStatement(sql.toString())) {
            int next = table.bindValues(update, 1, change.after());
            update.setLong(next, change.featureId());
            update.setLong(next + 1, expected);
            return versionOf(update);
        }
    }

    private static long versionOf(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private FeatureConflict conflictOf(Connection c, FeatureChange change) throws SQLException {
        PgLayerTable table = new PgLayerTable(store.address().schema(), store.info(change.tableName()));
        List<VersionedFeature> now = table.readIds(c, new long[] {change.featureId()});
        Feature theirs = now.isEmpty() ? null : now.get(0).feature();
        if (change.before() != null && !now.isEmpty()
                && now.get(0).version() == seen.versionOf(change.tableName(), change.before())) {
            // The row is as this user saw it, yet the change missed it: row-level security hid it (another township).
            throw new StoreException(StoreProblem.PERMISSION_DENIED, store.address().label(), change.tableName(),
                    "row " + change.featureId() + " of " + change.tableName() + " is not this account's to change",
                    null);
        }
        if (theirs != null) {
            seen.saw(change.tableName(), theirs, now.get(0).version());
        }
        String user = now.isEmpty() ? "" : now.get(0).changedBy();
        return new FeatureConflict(change.tableName(), change.featureId(), change.before(), change.after(), theirs,
                user, lastStepOf(c, user));
    }

    /** When {@code user} last saved a step here: the time shown with their version (null when they saved none). */
    private java.time.Instant lastStepOf(Connection c, String user) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT max(applied_at) FROM " + PgNames.qualified(
                store.address().schema(), PgProjectTables.STEPS) + " WHERE user_name = ?")) {
            query.setString(1, user);
            try (ResultSet rs = query.executeQuery()) {
                java.sql.Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
                return at == null ? null : at.toInstant();
            }
        }
    }
}
