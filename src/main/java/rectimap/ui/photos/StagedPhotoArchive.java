package rectimap.ui.photos;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.media.PhotoArchive;
import rectimap.media.PhotoException;
import rectimap.media.PhotoFeed;
import rectimap.media.PhotoProgress;
import rectimap.media.PhotoSpool;
import rectimap.model.FeatureRef;
import rectimap.ui.OpenProjectFile;

/**
 * The project's photos as the window's attach and folder import see them: every call runs on the file's photo
 * thread through {@link OpenProjectFile#withPhotos} (for an editing session the journal's writer, between edits),
 * except that {@link #add} first takes every picture of the feed on the CALLING thread (decoding and scaling, the
 * slow part) into a {@link PhotoSpool} on disk, and then hands the finished batch to the file in one transaction
 * that only inserts. So edits made while photos are being prepared are written at once instead of queueing behind
 * the pictures, and memory stays bounded however many photos the batch holds. A batch cancelled (as
 * {@code progress} says) while it is being written is rolled back. Blocks; never on the FX thread.
 */
final class StagedPhotoArchive implements PhotoArchive {
    private final OpenProjectFile file;
    private final PhotoProgress progress;

    StagedPhotoArchive(OpenProjectFile file, PhotoProgress progress) {
        this.file = file;
        this.progress = progress;
    }

    @Override
    public List<Photo> photosOf(FeatureRef feature) {
        return onFile(archive -> archive.photosOf(feature));
    }

    @Override
    public Map<FeatureRef, List<Photo>> byFeature() {
        return onFile(PhotoArchive::byFeature);
    }

    @Override
    public Optional<byte[]> thumbnail(long photoId) {
        return onFile(archive -> archive.thumbnail(photoId));
    }

    @Override
    public Optional<byte[]> picture(long photoId) {
        return onFile(archive -> archive.picture(photoId));
    }

    @Override
    public boolean holds(String sha256) {
        return onFile(archive -> archive.holds(sha256));
    }

    @Override
    public List<Long> add(PhotoFeed feed) throws PhotoException {
        try (PhotoSpool staged = PhotoSpool.create()) {
            for (NewPhoto photo = feed.next(); photo != null; photo = feed.next()) {
                staged.add(photo);
            }
            return file.withPhotosStored(archive -> archive.add(staged.feed(progress))).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PhotoException bad) {
                throw bad;
            }
            throw e;
        }
    }

    private <T> T onFile(PhotoWork<T> work) {
        return file.withPhotos(work).join();
    }
}
