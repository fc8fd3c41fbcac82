package rectimap.store.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import rectimap.media.PhotoException;
import rectimap.model.Feature;
import rectimap.model.LayerInfo;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * A work package as edited (by Rectimap, QGIS or anything that writes GeoPackages), read once and only read: its
 * own record, its base rows and every layer's features now, all by layer and package fid, and its photos.
 */
record WorkPackageContent(WorkPackageInfo info, Map<String, Map<Long, BaseRow>> base,
        Map<String, Map<Long, Feature>> layers, PackagePhotos photos) {

    /**
     * Reads {@code file}.
     *
     * @throws WorkPackageRefused NOT_A_PACKAGE when it is a GeoPackage without the package's tables
     * @throws StoreException     NOT_FOUND, NOT_GEOPACKAGE, … when it is no readable GeoPackage
     * @throws PhotoException     when a picture added to the package by hand is no readable image
     */
    static WorkPackageContent read(Path file) throws PhotoException {
        Map<String, Map<Long, Feature>> layers = new LinkedHashMap<>();
        try (GeoPackageStore gpkg = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            for (LayerInfo info : gpkg.layers()) {
                Map<Long, Feature> features = new LinkedHashMap<>();
                gpkg.load(info.tableName()).features().forEach(f -> features.put(f.id(), f));
                layers.put(info.tableName(), features);
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            WorkPackageInfo info = WorkPackageFile.info(c, file);
            Map<String, Map<Long, BaseRow>> base = new HashMap<>();
            List<BaseRow> rows = WorkPackageFile.baseRows(c, file);
            rows.forEach(r -> base.computeIfAbsent(r.tableName(), t -> new HashMap<>()).put(r.fid(), r));
            return new WorkPackageContent(info, base, layers, PackagePhotos.read(c, file));
        } catch (SQLException e) {
            throw new StoreException(StoreProblem.UNREADABLE, file, "reading the package: " + e.getMessage(), e);
        }
    }
}
