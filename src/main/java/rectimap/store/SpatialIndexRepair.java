package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rectimap.model.LayerRole;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Finds feature tables whose spatial index another program broke (entries deleted, node rows corrupted, triggers
 * dropped: every later edit of the layer then fails inside the R-tree triggers) and builds such an index again
 * from the table, all indexes in one transaction. Blocks on I/O; the store's owner thread.
 */
public final class SpatialIndexRepair {
    private static final List<String> TRIGGERS = List.of("_insert", "_update1", "_update2", "_update3", "_update4",
            "_delete");

    private SpatialIndexRepair() {
    }

    /**
     * The feature tables of {@code store} with a role in {@code roles} whose spatial index is broken, in layer order.
     * Reads only (registering SQL functions on the connection changes nothing in the file).
     *
     * @throws StoreException when the layers cannot be listed
     */
    public static List<String> damaged(GeoPackageStore store, Set<LayerRole> roles) {
        try {
            GpkgEnvelopeFunctions.registerOn(store.connection());
            List<StoredLayer> layers = new LayerCatalog(store.connection()).featureLayers().stream()
                    .filter(layer -> roles.contains(layer.info().role())).toList();
            return damaged(store.connection(), layers);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, store.file(), "checking the spatial indexes", StoreProblem.UNREADABLE);
        }
    }

    /**
     * Builds the spatial index of each of {@code tables} again from its features, in ONE transaction: all or none.
     *
     * @throws StoreException WRITE_FAILED (also for a read-only store), LOCKED, NO_SUCH_LAYER
     */
    public static void rebuild(GeoPackageStore store, List<String> tables) {
        Connection connection = store.connection();
        try {
            connection.setAutoCommit(false);
            try {
                LayerCatalog catalog = new LayerCatalog(connection);
                for (String table : tables) {
                    rebuild(connection, catalog.find(table).orElseThrow(() -> new StoreException(
                            StoreProblem.NO_SUCH_LAYER, store.file(), table, "no feature layer named '" + table
                            + "' to index", null)));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFailures.of(e, store.file(), "rebuilding the spatial index of " + tables,
                    StoreProblem.WRITE_FAILED);
        }
    }

    /**
     * SQLite cannot even drop an R-tree whose root node row is gone or short ("undersize RTree blobs"): its shadow
     * tables are emptied and given an empty root (depth 0, no cells; 1228 bytes = the size SQLite picks for a 2-D
     * index) so that the DROP that follows can connect to it.
     */
    private static void emptyShadowTables(Connection connection, String rtree) throws SQLException {
        LayerCatalog catalog = new LayerCatalog(connection);
        if (!catalog.tableExists(rtree + "_node")) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            for (String shadow : List.of("_node", "_parent", "_rowid")) {
                if (catalog.tableExists(rtree + shadow)) {
                    sql.execute("DELETE FROM " + quote(rtree + shadow));
                }
            }
            sql.execute("INSERT INTO " + quote(rtree + "_node") + " VALUES (1, zeroblob(1228))");
        }
    }

    /**
     * The tables of {@code layers} whose index is missing although declared, damaged, or out of step with the table
     * ({@link RtreeCheck}); an index that cannot even be read counts as damaged.
     */
    static List<String> damaged(Connection connection, List<StoredLayer> layers) {
        List<String> damaged = new ArrayList<>();
        for (StoredLayer layer : layers) {
            boolean broken;
            try {
                broken = !RtreeCheck.run(connection, layer).isEmpty();
            } catch (SQLException e) {
                broken = true;
            }
            if (broken) {
                damaged.add(layer.tableName());
            }
        }
        return damaged;
    }

    /**
     * Drops the layer's index and its triggers (whatever is left of them) and builds them again from the table,
     * declared in gpkg_extensions; part of the caller's transaction.
     */
    static void rebuild(Connection connection, StoredLayer layer) throws SQLException {
        String table = layer.tableName();
        String geom = layer.geometryColumn();
        String rtree = SqlNames.rtreeName(table, geom);
        try (Statement sql = connection.createStatement()) {
            for (String trigger : TRIGGERS) {
                sql.execute("DROP TRIGGER IF EXISTS " + quote(rtree + trigger));
            }
            emptyShadowTables(connection, rtree);
            sql.execute("DROP TABLE IF EXISTS " + quote(rtree));
            RtreeIndex.createTable(connection, table, geom);
            String g = quote(geom);
            sql.execute("INSERT INTO " + quote(rtree) + " SELECT " + quote(layer.idColumn()) + ", ST_MinX(" + g
                    + "), ST_MaxX(" + g + "), ST_MinY(" + g + "), ST_MaxY(" + g + ") FROM " + quote(table)
                    + " WHERE " + g + " NOT NULL AND NOT ST_IsEmpty(" + g + ")");
            RtreeIndex.createTriggers(connection, table, geom, layer.idColumn());
        }
        GpkgCoreSchema.ensureExtensionsTable(connection);
        try (PreparedStatement declared = connection.prepareStatement("SELECT 1 FROM gpkg_extensions WHERE"
                + " extension_name = ? AND lower(table_name) = lower(?)")) {
            declared.setString(1, RtreeIndex.EXTENSION);
            declared.setString(2, table);
            try (ResultSet row = declared.executeQuery()) {
                if (!row.next()) {
                    RtreeIndex.declare(connection, table, geom);
                }
            }
        }
    }
}
