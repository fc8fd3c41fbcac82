package rectimap.media;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import rectimap.model.FeatureRef;

/**
 * The photos of a project, as a port: the GeoPackage project implements it with the Related Tables Extension
 * ({@code store.GeoPackagePhotoArchive}); a shared PostGIS project with the same tables
 * ({@code store.pg.PgPhotoArchive}). Calls block on I/O: never on the FX thread. Implementations say which thread may call them.
 */
public interface PhotoArchive {
    /** A project without photos (e.g. a store that cannot hold them yet): reads nothing, adds nothing. */
    PhotoArchive NONE = new PhotoArchive() {
        @Override
        public List<Photo> photosOf(FeatureRef feature) {
            return List.of();
        }

        @Override
        public Map<FeatureRef, List<Photo>> byFeature() {
            return Map.of();
        }

        @Override
        public Optional<byte[]> thumbnail(long photoId) {
            return Optional.empty();
        }

        @Override
        public Optional<byte[]> picture(long photoId) {
            return Optional.empty();
        }

        @Override
        public boolean holds(String sha256) {
            return false;
        }

        @Override
        public List<Long> add(PhotoFeed feed) {
            throw new UnsupportedOperationException("this project cannot hold photos");
        }
    };

    /** The photos linked to {@code feature}, oldest first (by time taken, then as added); empty when none. */
    List<Photo> photosOf(FeatureRef feature);

    /** Every feature that has photos, with its photos oldest first (what the window keeps in memory). */
    Map<FeatureRef, List<Photo>> byFeature();

    /** The thumbnail JPEG of a stored photo, empty when there is no such photo. */
    Optional<byte[]> thumbnail(long photoId);

    /** The stored picture (JPEG) of a photo, empty when there is no such photo. */
    Optional<byte[]> picture(long photoId);

    /** Whether a photo whose original file had this SHA-256 (hex) is already stored. */
    boolean holds(String sha256);

    /**
     * Adds every photo of {@code feed} in ONE transaction: the pictures, their links and their 照片 points. All or
     * nothing: when the feed or the file fails, nothing of the batch is kept and the project is as before.
     *
     * @return the ids given to the photos, in feed order
     * @throws PhotoException what the feed threw (after the rollback)
     */
    List<Long> add(PhotoFeed feed) throws PhotoException;
}
