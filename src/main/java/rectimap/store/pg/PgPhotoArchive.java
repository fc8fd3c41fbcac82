package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;
import static rectimap.store.pg.PgNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rectimap.media.PhotoArchive;
import rectimap.media.PhotoException;
import rectimap.media.PhotoFeed;
import rectimap.media.Photo;
import rectimap.model.FeatureRef;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.store.MediaRows;

/**
 * A shared project's photos ({@link PgPhotoTables}) as the {@link PhotoArchive}: every call takes a pooled
 * connection, so any thread may call it. Reads find mapping tables through the registry. A project published before
 * the photo tables has no photos and refuses to add (PROJECT_OUTDATED: its owner opens it once to upgrade it). Adding
 * is {@link PgPhotoBatch}, one transaction.
 */
public final class PgPhotoArchive implements PhotoArchive {
    private final PgFeatureStore store;
    private final String schema;

    private PgPhotoArchive(PgFeatureStore store) {
        this.store = store;
        this.schema = store.address().schema();
    }

    /** The photos of the shared project open in {@code store}. */
    public static PgPhotoArchive of(PgFeatureStore store) {
        return new PgPhotoArchive(store);
    }

    @Override
    public List<Photo> photosOf(FeatureRef feature) {
        return store.read("reading photos", c -> {
            List<Photo> photos = new ArrayList<>();
            if (!PgPhotoTables.present(c, schema)) {
                return photos;
            }
            Optional<String> mapping = PgPhotoTables.mapping(c, schema, feature.tableName());
            if (mapping.isEmpty()) {
                return photos;
            }
            try (PreparedStatement query = c.prepareStatement(select(mapping.get()) + " WHERE m.base_id = ?"
                    + ORDER)) {
                query.setLong(1, feature.featureId());
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        photos.add(MediaRows.photo(row));
                    }
                }
            }
            return photos;
        });
    }

    @Override
    public Map<FeatureRef, List<Photo>> byFeature() {
        return store.read("reading photos", c -> {
            Map<FeatureRef, List<Photo>> all = new LinkedHashMap<>();
            if (!PgPhotoTables.present(c, schema)) {
                return all;
            }
            for (Map.Entry<String, String> relation : PgPhotoTables.relations(c, schema).entrySet()) {
                try (PreparedStatement query = c.prepareStatement(select(relation.getValue()) + ORDER);
                        ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        all.computeIfAbsent(new FeatureRef(relation.getKey(), row.getLong(MediaRows.COLUMN_COUNT + 1)),
                                r -> new ArrayList<>()).add(MediaRows.photo(row));
                    }
                }
            }
            return all;
        });
    }

    private static final String ORDER = " ORDER BY p.taken_at IS NULL, p.taken_at, p.id";

    private String select(String mapping) {
        return "SELECT " + MediaRows.COLUMNS + ", m.base_id FROM " + qualified(schema, PgPhotoTables.MEDIA)
                + " p JOIN " + qualified(schema, mapping) + " m ON m.related_id = p.id";
    }

    @Override
    public Optional<byte[]> thumbnail(long photoId) {
        return blob(photoId, "thumbnail");
    }

    @Override
    public Optional<byte[]> picture(long photoId) {
        return blob(photoId, "data");
    }

    private Optional<byte[]> blob(long photoId, String column) {
        return store.read("reading a photo", c -> {
            if (!PgPhotoTables.present(c, schema)) {
                return Optional.empty();
            }
            try (PreparedStatement query = c.prepareStatement("SELECT " + quote(column) + " FROM "
                    + qualified(schema, PgPhotoTables.MEDIA) + " WHERE id = ?")) {
                query.setLong(1, photoId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean holds(String sha256) {
        return store.read("reading photos", c -> {
            if (!PgPhotoTables.present(c, schema)) {
                return false;
            }
            try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM "
                    + qualified(schema, PgPhotoTables.MEDIA) + " WHERE sha256 = ?")) {
                query.setString(1, sha256);
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    @Override
    public List<Long> add(PhotoFeed feed) throws PhotoException {
        try (Connection c = store.pool().connection()) {
            if (!PgPhotoTables.present(c, schema)) {
                throw new StoreException(StoreProblem.PROJECT_OUTDATED, store.address().label(),
                        "this shared project was published without photo tables");
            }
            return new PgPhotoBatch(store, c).add(feed);
        } catch (SQLException e) {
            throw PgFailures.of(e, store.address(), "adding photos");
        }
    }
}
