package rectimap.ui.photos;

import rectimap.media.PhotoArchive;

/** Work with a project's photos, run by {@link rectimap.ui.OpenProjectFile#withPhotos} on the thread that may. */
@FunctionalInterface
public interface PhotoWork<T> {
    T run(PhotoArchive archive) throws Exception;
}
