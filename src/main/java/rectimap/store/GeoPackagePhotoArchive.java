package rectimap.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.media.NewPhoto;
import rectimap.media.PhotoArchive;
import rectimap.media.PhotoException;
import rectimap.media.PhotoFeed;
import rectimap.media.PhotoLayer;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureRef;
import rectimap.model.Layer;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The project file as the {@link PhotoArchive}: the Related Tables Extension's tables ({@link PhotoTables}) and the
 * 照片 point layer ({@link PhotoLayer}). Reads and writes run on the store's connection, on its owner thread (the
 * command line's thread; in the window, the journal's writer thread between edits). Failures of the file are
 * {@link StoreException}s naming it.
 */
public final class GeoPackagePhotoArchive implements PhotoArchive {
    private final GeoPackageStore store;

    private GeoPackagePhotoArchive(GeoPackageStore store) {
        this.store = store;
    }

    /** The photos of the project open in {@code store} (read-only stores can read, not add). */
    public static GeoPackagePhotoArchive of(GeoPackageStore store) {
        return new GeoPackagePhotoArchive(store);
    }

    @Override
    public List<Photo> photosOf(FeatureRef feature) {
        try {
            return PhotoRows.of(store.connection(), feature);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, store.file(), "reading photos", StoreProblem.UNREADABLE);
        }
    }

    @Override
    public Map<FeatureRef, List<Photo>> byFeature() {
        try {
            return PhotoRows.byFeature(store.connection());
        } catch (SQLException e) {
            throw SqliteFailures.of(e, store.file(), "reading photos", StoreProblem.UNREADABLE);
        }
    }

    @Override
    public Optional<byte[]> thumbnail(long photoId) {
        return blob(photoId, "thumbnail");
    }

    @Override
    public Optional<byte[]> picture(long photoId) {
        return blob(photoId, "data");
    }

    @Override
    public boolean holds(String sha256) {
        try {
            return PhotoRows.holds(store.connection(), sha256);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, store.file(), "reading photos", StoreProblem.UNREADABLE);
        }
    }

    private Optional<byte[]> blob(long photoId, String column) {
        try {
            return PhotoRows.blob(store.connection(), photoId, column);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, store.file(), "reading a photo", StoreProblem.UNREADABLE);
        }
    }

    @Override
    public List<Long> add(PhotoFeed feed) throws PhotoException {
        Connection connection = store.connection();
        try {
            connection.setAutoCommit(false);
            try {
                List<Long> ids = addAll(connection, feed);
                if (ids.isEmpty()) {
                    // Nothing to add is no change: not even the empty tables go into the file.
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return ids;
            } catch (Throwable e) {
                connection.rollback();
                throw e;
            } finally {
                store.forgetLayers();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFailures.of(e, store.file(), "adding photos", StoreProblem.WRITE_FAILED);
        }
    }

    private List<Long> addAll(Connection connection, PhotoFeed feed) throws SQLException, PhotoException {
        LayerCatalog catalog = new LayerCatalog(connection);
        List<Long> ids = new ArrayList<>();
        List<FeatureChange> points = new ArrayList<>();
        Map<String, String> mappings = new HashMap<>();
        long nextPointId = -1;
        for (NewPhoto photo = feed.next(); photo != null; photo = feed.next()) {
            if (ids.isEmpty()) {
                PhotoTables.ensureMedia(connection);
                nextPointId = ensurePhotoLayer(connection, catalog);
            }
            long id = PhotoRows.insert(connection, photo);
            ids.add(id);
            if (photo.link() != null) {
                String table = photo.link().tableName();
                String mapping = mappings.get(table);
                if (mapping == null) {
                    String idColumn = catalog.find(table).orElseThrow(() -> new StoreException(
                            StoreProblem.NO_SUCH_LAYER, store.file(), table)).idColumn();
                    mapping = PhotoTables.ensureMapping(connection, table, idColumn);
                    mappings.put(table, mapping);
                }
                PhotoRows.link(connection, mapping, photo.link().featureId(), id);
            }
            if (photo.pointLon() != null && photo.pointLat() != null) {
                long fid = nextPointId++;
                points.add(FeatureChange.added(PhotoLayer.TABLE, PhotoLayer.point(fid, id, photo)));
                PhotoRows.link(connection, mappings.computeIfAbsent(PhotoLayer.TABLE, t -> PhotoTables.mappingOf(t)),
                        fid, id);
            }
        }
        if (!points.isEmpty()) {
            new FeatureRowWriter(connection, store.file()).apply(new ChangeSet("照片", points));
        }
        return ids;
    }

    /** Creates the 照片 layer and its mapping table where missing; returns the next free fid. */
    private long ensurePhotoLayer(Connection connection, LayerCatalog catalog) throws SQLException {
        if (catalog.find(PhotoLayer.TABLE).isEmpty()) {
            LayerRoleMetadata.ensureTables(connection);
            store.ensureSrs(PhotoLayer.info().srid());
            new FeatureTableWriter(connection, new GpkgGeometryCodec()).write(new Layer(PhotoLayer.info(), List.of()));
        }
        PhotoTables.ensureMapping(connection, PhotoLayer.TABLE, FeatureTableWriter.ID_COLUMN);
        try (Statement sql = connection.createStatement();
             ResultSet max = sql.executeQuery("SELECT coalesce(max(fid), 0) + 1 FROM \"" + PhotoLayer.TABLE + "\"")) {
            max.next();
            return max.getLong(1);
        }
    }
}
