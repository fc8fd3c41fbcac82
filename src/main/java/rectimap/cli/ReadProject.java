package rectimap.cli;

import java.nio.file.Path;
import rectimap.campaign.review.ReviewArchive;
import rectimap.media.PhotoArchive;
import rectimap.model.FeatureStore;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.GeoPackageReviewArchive;
import rectimap.store.GeoPackageStore;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgPhotoArchive;
import rectimap.store.pg.PgReviewArchive;

/**
 * A project open for a reading command: a GeoPackage file or a shared PostgreSQL project behind the same port, and
 * the name messages give it (the file, or {@code database@host:port} for a shared project).
 */
record ReadProject(FeatureStore store, Path label) implements AutoCloseable {
    /** The project's review verdicts and site marks, read now; recording refused (a reading command). */
    ReviewArchive reviews() {
        return store instanceof PgFeatureStore shared ? PgReviewArchive.readOnly(shared)
                : GeoPackageReviewArchive.readOnly((GeoPackageStore) store);
    }

    /** The project's photos, read on this thread while the project is open. */
    PhotoArchive photos() {
        return store instanceof PgFeatureStore shared ? PgPhotoArchive.of(shared)
                : GeoPackagePhotoArchive.of((GeoPackageStore) store);
    }

    @Override
    public void close() {
        store.close();
    }
}
