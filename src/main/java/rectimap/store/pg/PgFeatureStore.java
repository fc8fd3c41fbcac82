package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureStore;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.store.LayerDisplayState;
import rectimap.store.StoredRows;

/**
 * A shared project in PostgreSQL/PostGIS behind the {@link FeatureStore} port, so every command and the window read
 * it as they read a GeoPackage. Each call takes a pooled connection, so the store may be used from any thread.
 * Closing the store closes its pool.
 */
public final class PgFeatureStore implements FeatureStore {
    private final PgPool pool;
    private final String schema;
    private volatile List<LayerInfo> layers;
    private volatile Boolean stepsKeepChanges;
    private final PgSchemaUpgrade.Layout layout;

    private PgFeatureStore(PgPool pool, PgSchemaUpgrade.Layout layout) {
        this.pool = pool;
        this.schema = pool.address().schema();
        this.layout = layout;
    }

    /**
     * The project in {@code pool}'s schema; the store owns the pool from now on. A project published by an earlier
     * version is upgraded in place when this login owns it ({@link PgSchemaUpgrade}); else it is opened as it is
     * ({@link #outdated}).
     *
     * @throws StoreException NOT_SHARED_PROJECT when the schema holds none (the pool is closed then)
     */
    public static PgFeatureStore open(PgPool pool) {
        try (Connection connection = pool.connection()) {
            if (!PgProjectTables.exists(connection, pool.address().schema())) {
                throw new StoreException(StoreProblem.NOT_SHARED_PROJECT, pool.address().label(),
                        "no " + PgProjectTables.LAYERS + " table");
            }
            return new PgFeatureStore(pool, PgSchemaUpgrade.onOpening(connection, pool.address().schema()));
        } catch (SQLException e) {
            pool.close();
            throw PgFailures.of(e, pool.address(), "opening");
        } catch (StoreException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Whether the project was published by an earlier version and this login could not upgrade it: it holds no
     * photos and keeps no steps for undo until its owner opens it once with this version.
     */
    public boolean outdated() {
        return layout == PgSchemaUpgrade.Layout.OUTDATED;
    }

    /** Opens the pool and the project at {@code address}; {@code password} null = from .pgpass. */
    public static PgFeatureStore open(PgAddress address, char[] password) {
        return open(PgPool.open(address, password, 4));
    }

    public PgPool pool() {
        return pool;
    }

    public PgAddress address() {
        return pool.address();
    }

    @Override
    public List<LayerInfo> layers() {
        List<LayerInfo> known = layers;
        if (known == null) {
            known = read("listing layers", c -> PgProjectTables.layers(c, schema));
            layers = known;
        }
        return known;
    }

    @Override
    public Layer load(String tableName) {
        LayerInfo info = info(tableName);
        return PgLayerTable.layerOf(info, loadVersioned(tableName));
    }

    /** Every feature of the layer with its row version. */
    public List<VersionedFeature> loadVersioned(String tableName) {
        PgLayerTable table = new PgLayerTable(schema, info(tableName));
        return read("reading layer " + tableName, table::readAll);
    }

    /** The features of {@code tableName} with these ids as they are now (absent ones left out), with versions. */
    public List<VersionedFeature> loadIds(String tableName, long... ids) {
        PgLayerTable table = new PgLayerTable(schema, info(tableName));
        return read("reading layer " + tableName, c -> table.readIds(c, ids));
    }

    @Override
    public List<Feature> query(String tableName, Envelope bbox) {
        PgLayerTable table = new PgLayerTable(schema, info(tableName));
        return read("querying layer " + tableName, c -> table.readIntersecting(c, bbox)).stream()
                .map(VersionedFeature::feature).toList();
    }

    /** Creates or replaces a layer (placed last when new) in one transaction. */
    @Override
    public void write(Layer layer) {
        inTransaction("writing layer " + layer.tableName(), c -> {
            try {
                PgLayerTable table = new PgLayerTable(schema, layer.info());
                int position = layers().size();
                try (PreparedStatement drop = c.prepareStatement("DELETE FROM " + qualified(schema,
                        PgProjectTables.LAYERS) + " WHERE table_name = ? RETURNING position")) {
                    drop.setString(1, layer.tableName());
                    try (ResultSet rs = drop.executeQuery()) {
                        if (rs.next()) {
                            position = rs.getInt(1);
                        }
                    }
                }
                try (PreparedStatement drop = c.prepareStatement("DROP TABLE IF EXISTS " + table.name())) {
                    drop.execute();
                }
                createLayer(c, layer, position);
                return null;
            } finally {
                layers = null;
            }
        });
    }

    /** Creates {@code layer}'s table with its features, placed last, secured as every layer is; in {@code c}'s transaction. */
    void createLayer(Connection c, Layer layer) throws SQLException {
        createLayer(c, layer, layers().size());
    }

    private void createLayer(Connection c, Layer layer, int position) throws SQLException {
        try {
            PgLayerTable table = new PgLayerTable(schema, layer.info());
            table.create(c);
            table.insertAll(c, layer.features());
            PgProjectTables.register(c, schema, position, layer.info());
            PgAccess.secureLayer(c, schema, layer.info());
        } finally {
            layers = null;
        }
    }

    /** Reads the layer list again at the next call (a photo batch may have listed the 照片 layer). */
    void forgetLayers() {
        layers = null;
    }

    /**
     * The layer list as the server holds it now, read again: another user's first photo lists the 照片 layer (or an
     * import a new layer) after this store first read it.
     */
    public List<LayerInfo> layersNow() {
        forgetLayers();
        return layers();
    }

    /** The table names of the layers the server lists now: one cheap query, asked before {@link #layersNow}. */
    public List<String> listedTables() {
        return read("listing layers", c -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT table_name FROM " + qualified(schema,
                    PgProjectTables.LAYERS)); ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        });
    }

    /** How the layers are shown (order, visibility, opacity, style), as published or last changed. */
    public List<LayerDisplayState> layerStates() {
        return read("reading layer display", c -> {
            List<LayerDisplayState> states = new ArrayList<>();
            if (!tableExists(c, "rectimap_layer_state")) {
                return states;
            }
            try (PreparedStatement query = c.prepareStatement("SELECT table_name, draw_order, visible, opacity, style"
                    + " FROM " + qualified(schema, "rectimap_layer_state") + " ORDER BY draw_order");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    states.add(StoredRows.layerState(rs.getString(1), rs.getInt(2), rs.getLong(3) != 0,
                            rs.getDouble(4), rs.getString(5)));
                }
            }
            return states;
        });
    }

    /** The undo history the GeoPackage had when it was published, oldest first. */
    public List<ChangeSet> publishedHistory() {
        return read("reading history", c -> {
            List<ChangeSet> steps = new ArrayList<>();
            if (!tableExists(c, "rectimap_history")) {
                return steps;
            }
            try (PreparedStatement query = c.prepareStatement("SELECT position, name, changes FROM "
                    + qualified(schema, "rectimap_history") + " ORDER BY position");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    try {
                        steps.add(StoredRows.step(rs.getString(2), rs.getBytes(3)));
                    } catch (ParseException e) {
                        throw new StoreException(StoreProblem.CORRUPT, address().label(),
                                "history step " + rs.getInt(1) + ": " + e.getMessage(), e);
                    }
                }
            }
            return steps;
        });
    }

    /** Whether the change log keeps each step itself (a project published before it did keeps only names). */
    boolean stepsKeepChanges() {
        Boolean known = stepsKeepChanges;
        if (known == null) {
            known = read("reading the change log's columns", c -> PgColumns.exists(c, schema, PgProjectTables.STEPS,
                    PgProjectTables.STEP_CHANGES));
            stepsKeepChanges = known;
        }
        return known;
    }

    /**
     * This login's own undo history as its steps in the change log left it (done, undone, redone, by any session
     * or the command line), so an import or an edit of an earlier session can be undone; empty for a project whose
     * change log keeps no steps.
     */
    public PgOwnHistory ownHistory() {
        return stepsKeepChanges() ? read("reading this user's history", c -> PgOwnHistory.read(c, schema))
                : new PgOwnHistory(List.of(), 0);
    }

    /** The project settings (key → value), as published or last written. */
    public Map<String, String> settings() {
        return read("reading settings", c -> {
            Map<String, String> settings = new LinkedHashMap<>();
            if (tableExists(c, "rectimap_settings")) {
                try (PreparedStatement query = c.prepareStatement("SELECT key, value FROM "
                        + qualified(schema, "rectimap_settings") + " ORDER BY key");
                        ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        settings.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return settings;
        });
    }

    private boolean tableExists(Connection c, String table) throws SQLException {
        return PgProjectTables.tableExists(c, qualified(schema, table));
    }

    LayerInfo info(String tableName) {
        return layers().stream().filter(l -> l.tableName().equals(tableName)).findFirst()
                // The 照片 layer's table exists from publish on; it is listed with its first point, in that step.
                .or(() -> java.util.Optional.of(rectimap.media.PhotoLayer.info())
                        .filter(photo -> photo.tableName().equals(tableName)))
                .orElseThrow(() -> new StoreException(StoreProblem.NO_SUCH_LAYER, address().label(), tableName,
                        "no layer " + tableName, null));
    }

    /** Work on one pooled connection. */
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    <T> T read(String doing, Work<T> work) {
        try (Connection connection = pool.connection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw PgFailures.of(e, address(), doing);
        }
    }

    /** Work in ONE transaction on a pooled connection: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String doing, Work<T> work) {
        return read(doing, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
