package rectimap.store.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.store.GeoPackageStore;

/**
 * Copies a GeoPackage project into a shared project in ONE PostgreSQL transaction (all or nothing): every layer
 * (same table name, fields, ids, geometry in PostGIS with its SRID and a GiST index), the project's own tables
 * (history, state, layer display and styles, settings, change log, reviews and marks — see {@link PgTableCopy}),
 * the photos with their links ({@link PgPhotoPublish}),
 * and each layer's QGIS style into {@code public.layer_styles}. Refuses a schema that already holds a project.
 */
public final class PgPublish {

    /** What was published: layers, features, other tables copied and photos. */
    public record Published(int layers, long features, List<String> tables, int photos) {
    }

    /** The GeoPackage's review verdict table (store.ReviewRows), made empty when the file has none yet. */
    static final String REVIEWS = "rectimap_review_verdict";

    private PgPublish() {
    }

    /**
     * Publishes {@code source} (open, e.g. read-only) into the schema of {@code target}'s address.
     *
     * @throws StoreException PROJECT_EXISTS, PERMISSION_DENIED, SERVER_UNREACHABLE…; nothing is left behind then
     */
    public static Published publish(GeoPackageStore source, PgPool target) {
        String schema = target.address().schema();
        try (Connection pg = target.connection(); Connection gpkg = readOnly(source.file())) {
            pg.setAutoCommit(false);
            try {
                if (PgProjectTables.exists(pg, schema)) {
                    throw new StoreException(StoreProblem.PROJECT_EXISTS, target.address().label(),
                            "schema " + schema + " already holds a project");
                }
                PgProjectTables.create(pg, schema);
                QgisPgStyles.ensureTable(pg);
                long features = 0;
                Set<String> layerTables = new HashSet<>();
                int position = 0;
                for (LayerInfo info : source.layers()) {
                    Layer layer = source.load(info.tableName());
                    PgLayerTable table = new PgLayerTable(schema, info);
                    table.create(pg);
                    table.insertAll(pg, layer.features());
                    PgProjectTables.register(pg, schema, position++, info);
                    layerTables.add(info.tableName());
                    features += layer.features().size();
                }
                List<String> copied = new ArrayList<>();
                int photos = PgPhotoPublish.publish(gpkg, pg, schema, source.layers());
                for (String table : otherTables(gpkg, layerTables)) {
                    // The GeoPackage hides Rectimap's own tables from GDAL by a prefix; the shared schema keeps the names.
                    String name = table.startsWith("gpkgext_rectimap_") ? table.substring("gpkgext_".length()) : table;
                    PgTableCopy.copy(gpkg, table, pg, schema, name);
                    copied.add(name);
                }
                if (!copied.contains(REVIEWS)) {
                    // Reviewers write verdicts into it from the first day, also when the file had none yet.
                    try (java.sql.Statement sql = pg.createStatement()) {
                        sql.execute("CREATE TABLE " + PgNames.qualified(schema, REVIEWS) + " (fid bigint GENERATED"
                                + " BY DEFAULT AS IDENTITY PRIMARY KEY, site_key text NOT NULL, site_name text,"
                                + " verdict text NOT NULL, reviewer text, recorded_at text NOT NULL, comment text)");
                    }
                }
                copyStyles(gpkg, pg, schema, layerTables);
                PgAccess.secure(pg, schema, source.layers());
                pg.commit();
                return new Published(layerTables.size(), features, copied, photos);
            } catch (SQLException | RuntimeException e) {
                pg.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw PgFailures.of(e, target.address(), "publishing " + source.file());
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /** The tables that are neither layers nor GeoPackage/R-tree/SQLite internals nor QGIS styles (copied apart). */
    private static List<String> otherTables(Connection gpkg, Set<String> layerTables) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = gpkg.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'gpkg\\_%' ESCAPE '\\' AND name NOT LIKE 'rtree\\_%' ESCAPE '\\'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'layer_styles' ORDER BY name");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                if (!layerTables.contains(rs.getString(1)) && !PgPhotoPublish.isPhotoTable(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static void copyStyles(Connection gpkg, Connection pg, String schema, Set<String> layerTables)
            throws SQLException {
        boolean hasStyles;
        try (PreparedStatement query = gpkg.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'layer_styles'");
                ResultSet rs = query.executeQuery()) {
            hasStyles = rs.next() && rs.getInt(1) > 0;
        }
        if (!hasStyles) {
            return;
        }
        try (PreparedStatement query = gpkg.prepareStatement("SELECT f_table_name, styleQML FROM layer_styles"
                + " WHERE useAsDefault AND styleQML IS NOT NULL ORDER BY id");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                if (layerTables.contains(rs.getString(1))) {
                    QgisPgStyles.put(pg, schema, rs.getString(1), rs.getString(2));
                }
            }
        }
    }
}
