package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rectimap.media.PhotoLayer;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;

/**
 * The 照片 points that go with the features a step removes from a shared project, as the window's delete takes
 * them along ({@code model.BelongingFeatures}): a step from the command line or a work package knows no points, and
 * a window may not have seen a point another user added meanwhile. {@link #withPointsOf} adds their removals to the
 * step before it is logged, so the change log's step and its undo take them back and forth too. {@link #writingOrder}
 * writes the removals of points before everything else and their additions and changes after it, so the township
 * check of a point ({@code rectimap_photo_mine}, by the feature it belongs to) finds that feature still there when
 * the point goes, and there again when the point comes back.
 */
final class PgBelongingPoints {
    private PgBelongingPoints() {
    }

    /** {@code step} with the removals of the points belonging to the features it removes that it lacks. */
    static ChangeSet withPointsOf(Connection c, PgFeatureStore store, SeenVersions seen, ChangeSet step)
            throws SQLException {
        String schema = store.address().schema();
        List<FeatureChange> owners = step.removalsForGood().stream()
                .filter(change -> !change.tableName().equals(PhotoLayer.TABLE)).toList();
        if (owners.isEmpty() || !listed(c, schema)) {
            return step;
        }
        Set<Long> removed = new HashSet<>();
        step.changes().stream().filter(change -> change.tableName().equals(PhotoLayer.TABLE)
                && change.after() == null).forEach(change -> removed.add(change.featureId()));
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + quote(PgLayerTable.ID) + " FROM "
                + qualified(schema, PhotoLayer.TABLE) + " WHERE " + quote(PhotoLayer.LINKED_LAYER) + " = ? AND "
                + quote(PhotoLayer.LINKED_FID) + " = ? ORDER BY " + quote(PgLayerTable.ID))) {
            for (FeatureChange owner : owners) {
                query.setString(1, owner.tableName());
                query.setLong(2, owner.featureId());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        if (!removed.contains(rs.getLong(1))) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return step;
        }
        if (store.layers().stream().noneMatch(l -> l.tableName().equals(PhotoLayer.TABLE))) {
            store.forgetLayers();
        }
        List<FeatureChange> changes = new ArrayList<>(step.changes());
        PgLayerTable points = new PgLayerTable(schema, store.info(PhotoLayer.TABLE));
        for (VersionedFeature point : points.readIds(c, ids.stream().mapToLong(Long::longValue).toArray())) {
            seen.saw(PhotoLayer.TABLE, point.feature(), point.version());
            changes.add(FeatureChange.removed(PhotoLayer.TABLE, point.feature()));
        }
        return new ChangeSet(step.name(), changes, step.layerStates());
    }

    /** The changes of {@code step} in the order they are written: points' removals, the rest, points' others. */
    static List<FeatureChange> writingOrder(ChangeSet step) {
        List<FeatureChange> first = new ArrayList<>();
        List<FeatureChange> middle = new ArrayList<>();
        List<FeatureChange> last = new ArrayList<>();
        for (FeatureChange change : step.changes()) {
            if (!change.tableName().equals(PhotoLayer.TABLE)) {
                middle.add(change);
            } else {
                (change.after() == null ? first : last).add(change);
            }
        }
        first.addAll(middle);
        first.addAll(last);
        return first;
    }

    private static boolean listed(Connection c, String schema) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM " + qualified(schema,
                PgProjectTables.LAYERS) + " WHERE table_name = ?")) {
            query.setString(1, PhotoLayer.TABLE);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
