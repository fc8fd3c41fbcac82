package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.Field;
import rectimap.model.GeometryKind;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Applies a {@link ChangeSet} to the feature tables inside the caller's transaction: an added feature is INSERTed
 * with its id as fid, a replaced one UPDATEd by fid, a removed one DELETEd by fid. Runs of consecutive changes of
 * the same kind on the same table go to SQLite as one JDBC batch (a bulk step of thousands of features is one
 * prepared statement executed in a loop, not thousands of round trips), while the order of the changes is kept.
 * The R-tree follows through the GeoPackage triggers, so the connection must have {@link GpkgEnvelopeFunctions}.
 * Not thread-safe: used on the journal's writer thread only.
 */
final class FeatureRowWriter {
    private enum Kind { ADD, REPLACE, REMOVE }

    private final Connection connection;
    private final Path file;
    private final GpkgGeometryCodec codec = new GpkgGeometryCodec();
    private final Map<String, StoredLayer> layers = new HashMap<>();

    FeatureRowWriter(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Forgets the cached layer descriptions (after another program may have changed the schema). */
    void forgetLayers() {
        layers.clear();
    }

    /**
     * Writes every change of {@code step}.
     *
     * @throws StoreException WRITE_FAILED when a feature to replace or remove is not in the file, NO_SUCH_LAYER
     * @throws IllegalArgumentException when a geometry is not of its layer's kind or an attribute has no column
     */
    void apply(ChangeSet step) throws SQLException {
        Map<String, Envelope> grown = new LinkedHashMap<>();
        List<FeatureChange> changes = step.changes();
        int start = 0;
        while (start < changes.size()) {
            FeatureChange first = changes.get(start);
            int end = start + 1;
            while (end < changes.size() && kindOf(changes.get(end)) == kindOf(first)
                    && changes.get(end).tableName().equals(first.tableName())) {
                end++;
            }
            writeRun(layer(first.tableName()), kindOf(first), changes.subList(start, end), grown);
            start = end;
        }
        for (Map.Entry<String, Envelope> table : grown.entrySet()) {
            updateContents(table.getKey(), table.getValue());
        }
    }

    private static Kind kindOf(FeatureChange change) {
        return change.before() == null ? Kind.ADD : change.after() == null ? Kind.REMOVE : Kind.REPLACE;
    }

    private void writeRun(StoredLayer layer, Kind kind, List<FeatureChange> run, Map<String, Envelope> grown)
            throws SQLException {
        List<Field> fields = layer.info().type().fields();
        grown.computeIfAbsent(layer.tableName(), t -> new Envelope());
        try (PreparedStatement statement = connection.prepareStatement(sql(layer, kind))) {
            for (FeatureChange change : run) {
                if (kind == Kind.REMOVE) {
                    statement.setLong(1, change.featureId());
                } else {
                    Feature after = change.after();
                    requireFits(layer, after);
                    int column = 1;
                    if (kind == Kind.ADD) {
                        statement.setLong(column++, after.id());
                    }
                    statement.setBytes(column++, codec.encode(after.geometry(), layer.srsId()));
                    for (Field field : fields) {
                        FeatureTableWriter.bind(statement, column++, field, after);
                    }
                    if (kind == Kind.REPLACE) {
                        statement.setLong(column, after.id());
                    }
                    if (!after.geometry().isEmpty()) {
                        grown.computeIfAbsent(layer.tableName(), t -> new Envelope())
                                .expandToInclude(after.geometry().getEnvelopeInternal());
                    }
                }
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (kind != Kind.ADD && counts[i] == 0) {
                    throw new StoreException(StoreProblem.WRITE_FAILED, file, "feature " + run.get(i).featureId()
                            + " of " + layer.tableName() + " is no longer in the file (changed by another program?)");
                }
            }
        }
    }

    private static String sql(StoredLayer layer, Kind kind) {
        String table = quote(layer.tableName());
        String id = quote(layer.idColumn());
        List<Field> fields = layer.info().type().fields();
        StringBuilder sql = new StringBuilder();
        switch (kind) {
            case ADD -> {
                sql.append("INSERT INTO ").append(table).append(" (").append(id).append(", ")
                        .append(quote(layer.geometryColumn()));
                fields.forEach(f -> sql.append(", ").append(quote(f.name())));
                sql.append(") VALUES (?, ?").append(", ?".repeat(fields.size())).append(')');
            }
            case REPLACE -> {
                sql.append("UPDATE ").append(table).append(" SET ").append(quote(layer.geometryColumn())).append(" = ?");
                fields.forEach(f -> sql.append(", ").append(quote(f.name())).append(" = ?"));
                sql.append(" WHERE ").append(id).append(" = ?");
            }
            case REMOVE -> sql.append("DELETE FROM ").append(table).append(" WHERE ").append(id).append(" = ?");
        }
        return sql.toString();
    }

    private static void requireFits(StoredLayer layer, Feature feature) {
        GeometryKind kind = layer.info().type().geometryKind();
        Geometry geometry = feature.geometry();
        String type = geometry.getGeometryType().toUpperCase(Locale.ROOT);
        if (kind != GeometryKind.GEOMETRY && !geometry.isEmpty() && !type.equals(kind.gpkgName())) {
            throw new IllegalArgumentException(layer.tableName() + ": feature " + feature.id() + " is a " + type
                    + " but the layer holds " + kind.gpkgName());
        }
        for (String name : feature.attributes().keySet()) {
            if (layer.info().type().fields().stream().noneMatch(f -> f.name().equals(name))) {
                throw new IllegalArgumentException(layer.tableName() + ": feature " + feature.id()
                        + " has a value for '" + name + "', which is not a column of the layer");
            }
        }
    }

    /** Widens the layer's extent to {@code bounds} (when not empty) and stamps last_change, as GDAL does. */
    private void updateContents(String table, Envelope bounds) throws SQLException {
        if (bounds.isNull()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE gpkg_contents SET"
                    + " last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?")) {
                update.setString(1, table);
                update.executeUpdate();
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE gpkg_contents SET"
                + " min_x = min(coalesce(min_x, ?1), ?1), max_x = max(coalesce(max_x, ?2), ?2),"
                + " min_y = min(coalesce(min_y, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4),"
                + " last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?5")) {
            update.setDouble(1, bounds.getMinX());
            update.setDouble(2, bounds.getMaxX());
            update.setDouble(3, bounds.getMinY());
            update.setDouble(4, bounds.getMaxY());
            update.setString(5, table);
            update.executeUpdate();
        }
    }

    /** The file's description of {@code table} (cached until {@link #forgetLayers()}). */
    StoredLayer layer(String table) throws SQLException {
        StoredLayer layer = layers.get(table);
        if (layer == null) {
            layer = new LayerCatalog(connection).find(table).orElseThrow(() -> new StoreException(
                    StoreProblem.NO_SUCH_LAYER, file, table, "no feature layer named '" + table + "' to write to", null));
            layers.put(table, layer);
        }
        return layer;
    }
}
