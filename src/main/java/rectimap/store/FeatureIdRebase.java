package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;

/**
 * Feature ids as the FILE has them, for steps the app numbered in memory. The app gives a new feature the next id
 * of its layer as it last read it; another program (ogr2ogr -append, QGIS) may have taken that id in the file since.
 * Such an add is re-based at write time: the database gives the next free fid, and from then on every step this
 * session writes names that feature by its file id (an undo removes the right row, the history stored in the file
 * says what the file holds). The app learns the new ids by reloading the project and its history from the file
 * ({@link GeoPackageJournal#watchOutsideChanges}), then calls {@link #forget()} through the journal, in order, since
 * its steps use file ids from then on. Writer thread only; a rolled-back transaction restores the map it had
 * ({@link #mark()} / {@link #reset}).
 */
final class FeatureIdRebase {
    /** The file's description of a layer by table name. */
    interface Layers {
        StoredLayer of(String table) throws SQLException;
    }

    /** table → id in the app's memory → id in the file. */
    private Map<String, Map<Long, Long>> fileIds = new HashMap<>();
    private boolean rebasedInThisStep;

    /** The translation now, to put back if the transaction that may change it rolls back. */
    Map<String, Map<Long, Long>> mark() {
        Map<String, Map<Long, Long>> copy = new HashMap<>();
        fileIds.forEach((table, ids) -> copy.put(table, new HashMap<>(ids)));
        return copy;
    }

    void reset(Map<String, Map<Long, Long>> marked) {
        fileIds = marked;
    }

    /** The app has read the file's ids back: its steps from now on name features as the file does. */
    void forget() {
        fileIds.clear();
    }

    /** Whether any id is translated (the app's memory and the file differ in ids). */
    boolean isEmpty() {
        return fileIds.values().stream().allMatch(Map::isEmpty);
    }

    /** Whether the last {@link #toFile} call re-based an add (the stored history row must then be rewritten). */
    boolean rebasedLastStep() {
        return rebasedInThisStep;
    }

    /**
     * {@code step} with the file's ids: known translations applied, and every added feature whose id the file
     * already holds (and the step did not remove first) given the next free fid of its table. Runs inside the
     * step's transaction, so the ids it picks are free when the step commits.
     */
    ChangeSet toFile(ChangeSet step, Connection connection, Layers layers) throws SQLException {
        rebasedInThisStep = false;
        Map<String, Set<Long>> removedFirst = new HashMap<>();
        Map<String, Long> nextFree = new HashMap<>();
        for (FeatureChange change : step.changes()) {
            String table = change.tableName();
            long id = translated(table, change.featureId());
            if (change.before() != null) {
                removedFirst.computeIfAbsent(table, t -> new HashSet<>()).add(id);
                continue;
            }
            if (removedFirst.getOrDefault(table, Set.of()).contains(id) || !exists(connection, layers.of(table), id)) {
                continue;
            }
            long free = nextFree.containsKey(table) ? nextFree.get(table)
                    : Math.max(maxId(connection, layers.of(table)), maxAdded(step, table)) + 1;
            nextFree.put(table, free + 1);
            fileIds.computeIfAbsent(table, t -> new HashMap<>()).put(change.featureId(), free);
            rebasedInThisStep = true;
        }
        return translate(step);
    }

    /** {@code step} with every translated id replaced (the same instance when nothing is translated). */
    ChangeSet translate(ChangeSet step) {
        if (isEmpty()) {
            return step;
        }
        List<FeatureChange> changes = new ArrayList<>(step.changes().size());
        for (FeatureChange change : step.changes()) {
            String table = change.tableName();
            changes.add(new FeatureChange(table, withFileId(table, change.before()), withFileId(table, change.after())));
        }
        return new ChangeSet(step.name(), changes, step.layerStates());
    }

    private Feature withFileId(String table, Feature feature) {
        if (feature == null) {
            return null;
        }
        long id = translated(table, feature.id());
        return id == feature.id() ? feature : new Feature(id, feature.geometry(), feature.attributes());
    }

    private long translated(String table, long id) {
        return fileIds.getOrDefault(table, Map.of()).getOrDefault(id, id);
    }

    private long maxAdded(ChangeSet step, String table) {
        return step.changes().stream().filter(c -> c.tableName().equals(table) && c.after() != null)
                .mapToLong(c -> translated(table, c.after().id())).max().orElse(0);
    }

    private static boolean exists(Connection connection, StoredLayer layer, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + quote(layer.tableName())
                + " WHERE " + quote(layer.idColumn()) + " = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long maxId(Connection connection, StoredLayer layer) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(" + quote(layer.idColumn())
                + "), 0) FROM " + quote(layer.tableName())); ResultSet row = query.executeQuery()) {
            return row.getLong(1);
        }
    }
}
