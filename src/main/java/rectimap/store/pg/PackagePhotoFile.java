package rectimap.store.pg;

import static rectimap.store.pg.PgNames.quote;
import static rectimap.store.PhotoTables.MEDIA;
import static rectimap.store.pg.PgNames.qualified;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import rectimap.media.PhotoLayer;
import rectimap.store.PhotoTables;

/**
 * The township's photos in its work package, laid out as a project file lays them out (the Related Tables
 * Extension, {@link PhotoTables}: media table with the pictures, a registered mapping table per layer), so the
 * package's window, {@code identify} and GDAL/QGIS show them offline; the ids are the server's. The camera
 * originals stay on the server (a package carries the stored pictures: ~0.4 MB a photo, not 4–10 MB). Beside them
 * {@value #BASE_LINKS}: the links as packaged (layer, package fid, SHA-256 of the photo), the base a merge compares
 * the cadre's links with — whatever program (Rectimap, QGIS, sqlite3) changed the mapping tables.
 */
final class PackagePhotoFile {
    static final String BASE_LINKS = "rectimap_package_base_link";
    private static final int FETCH = 16;

    private PackagePhotoFile() {
    }

    /** Writes {@code photos} (read from {@code pg}, in its open transaction) into the closed GeoPackage {@code file}. */
    static void write(Path file, Connection pg, String schema, TownshipPhotos photos) throws SQLException {
        try (Connection gpkg = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            gpkg.setAutoCommit(false);
            try (Statement sql = gpkg.createStatement()) {
                sql.execute("CREATE TABLE " + BASE_LINKS + " (table_name TEXT NOT NULL, fid INTEGER NOT NULL,"
                        + " sha256 TEXT NOT NULL, PRIMARY KEY (table_name, fid, sha256))");
            }
            if (!photos.sha256().isEmpty()) {
                PhotoTables.ensureMedia(gpkg);
                copyMedia(pg, schema, photos.sha256().keySet(), gpkg);
                for (Map.Entry<String, List<TownshipPhotos.Link>> layer : photos.links().entrySet()) {
                    copyLinks(gpkg, layer.getKey(), layer.getValue(), photos.sha256());
                }
            }
            gpkg.commit();
        }
    }

    private static void copyMedia(Connection pg, String schema, Set<Long> ids, Connection gpkg) throws SQLException {
        String columns = MediaCopy.COLUMNS.replace(", original", ", NULL AS original");
        try (PreparedStatement read = pg.prepareStatement("SELECT " + columns + " FROM "
                + qualified(schema, PgPhotoTables.MEDIA) + " WHERE id = ANY (?) ORDER BY id");
                PreparedStatement insert = gpkg.prepareStatement("INSERT INTO " + MEDIA + " (" + MediaCopy.COLUMNS
                        + ") VALUES (" + MediaCopy.values() + ")")) {
            read.setFetchSize(FETCH);
            read.setArray(1, pg.createArrayOf("bigint", new TreeSet<>(ids).toArray()));
            try (ResultSet rows = read.executeQuery()) {
                MediaCopy.copy(rows, insert);
            }
        }
    }

    private static void copyLinks(Connection gpkg, String layer, List<TownshipPhotos.Link> links,
            Map<Long, String> sha256) throws SQLException {
        String mapping = PhotoTables.ensureMapping(gpkg, layer, PgLayerTable.ID);
        try (PreparedStatement insert = gpkg.prepareStatement("INSERT INTO " + quote(mapping)
                + " (base_id, related_id) VALUES (?, ?)");
                PreparedStatement base = gpkg.prepareStatement("INSERT OR IGNORE INTO " + BASE_LINKS
                        + " VALUES (?, ?, ?)")) {
            for (TownshipPhotos.Link link : links) {
                insert.setLong(1, link.featureId());
                insert.setLong(2, link.photoId());
                insert.addBatch();
                if (!layer.equals(PhotoLayer.TABLE)) {
                    base.setString(1, layer);
                    base.setLong(2, link.featureId());
                    base.setString(3, sha256.get(link.photoId()));
                    base.addBatch();
                }
            }
            insert.executeBatch();
            base.executeBatch();
        }
    }
}
