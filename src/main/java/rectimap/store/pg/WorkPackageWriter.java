package rectimap.store.pg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rectimap.media.PhotoLayer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.store.GeoPackageStore;

/**
 * {@code package}: cuts a township's work package out of a shared project — a GeoPackage (Rectimap and QGIS open it)
 * with every reference layer whole, every planning layer with only the township's features ({@link PgTownship}'s
 * rule; empty layers kept so the cadre can add), the township's photos with their pictures and 照片 points
 * ({@link TownshipPhotos}, {@link PackagePhotoFile}), and the base copy of each packaged feature and 照片 point
 * ({@link WorkPackageFile}). All layers are read in ONE repeatable-read transaction, so the base versions are one
 * moment of the project. The file is written under a temporary name and moved into place after the package is
 * registered in the project ({@link WorkPackageRegistry}): a failure leaves no file and an existing file is never
 * overwritten.
 */
public final class WorkPackageWriter {

    /** What was packaged: the package, how many layers, planning and reference features, and photos. */
    public record Packaged(WorkPackageInfo info, int layers, int planningFeatures, int referenceFeatures,
            int photos) {
    }

    private WorkPackageWriter() {
    }

    /**
     * Writes the package of {@code township} (name or code) of {@code store}'s project to {@code out}.
     *
     * @throws WorkPackageRefused OUT_EXISTS, NO_TOWNSHIP_LAYER, NO_SUCH_TOWNSHIP
     * @throws StoreException     when the server or the file fails (nothing left behind)
     */
    public static Packaged write(PgFeatureStore store, String township, Path out) {
        if (Files.exists(out)) {
            throw new WorkPackageRefused(WorkPackageProblem.OUT_EXISTS, out.toString(), "exists");
        }
        PgTownship place = PgTownship.find(store, township);
        Path absolute = out.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".writing");
        try {
            Files.deleteIfExists(temp);
            Packaged packaged = store.read("packaging " + place.name(), c -> writeFile(store, place, c, temp));
            store.read("registering the package", c -> {
                WorkPackageRegistry.ensure(c, store.address().schema());
                WorkPackageRegistry.register(c, store.address().schema(), packaged.info());
                return null;
            });
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            return packaged;
        } catch (IOException e) {
            throw new StoreException(StoreProblem.WRITE_FAILED, out, "writing the package: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Only a leftover beside the target; the failure that matters was thrown already.
            }
        }
    }

    private static Packaged writeFile(PgFeatureStore store, PgTownship place, Connection c, Path temp)
            throws SQLException {
        String schema = store.address().schema();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            List<BaseRow> base = new ArrayList<>();
            int reference = 0;
            List<LayerInfo> layers = store.layers();
            Map<String, long[]> packaged = new HashMap<>();
            TownshipPhotos photos;
            try (GeoPackageStore gpkg = GeoPackageStore.create(temp)) {
                for (LayerInfo info : layers) {
                    if (info.tableName().equals(PhotoLayer.TABLE)) {
                        continue;
                    }
                    PgLayerTable table = new PgLayerTable(schema, info);
                    List<VersionedFeature> rows;
                    if (info.role() == LayerRole.REFERENCE) {
                        rows = table.readAll(c);
                        reference += rows.size();
                    } else {
                        long[] ids = place.featureIds(c, schema, info);
                        packaged.put(info.tableName(), ids);
                        rows = table.readIds(c, ids);
                        rows.forEach(r -> base.add(BaseRow.packaged(info.tableName(), r)));
                    }
                    gpkg.write(PgLayerTable.layerOf(info, rows));
                }
                photos = TownshipPhotos.read(c, schema, place, packaged, layers);
                if (PgPhotoTables.present(c, schema)) {
                    // The 照片 layer goes along even empty: offline photos land in it as on the server.
                    gpkg.write(PgLayerTable.layerOf(PhotoLayer.info(), photos.points()));
                    photos.points().forEach(r -> base.add(BaseRow.packaged(PhotoLayer.TABLE, r)));
                }
            }
            PackagePhotoFile.write(temp, c, schema, photos);
            WorkPackageInfo info = new WorkPackageInfo(UUID.randomUUID(), store.address().toString(), place.code(),
                    place.name(), Instant.now(), currentUser(c));
            WorkPackageFile.write(temp, info, base);
            c.commit();
            return new Packaged(info, layers.size(), base.size() - photos.points().size(), reference,
                    photos.sha256().size());
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(true);
        }
    }

    private static String currentUser(Connection c) throws SQLException {
        try (Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
