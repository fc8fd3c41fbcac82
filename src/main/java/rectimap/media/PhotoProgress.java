package rectimap.media;

/** Told as a batch's pictures are made; asked whether to stop (then nothing of the batch is kept). Any thread. */
public interface PhotoProgress {
    PhotoProgress NONE = new PhotoProgress() {
    };

    /** {@code done} of {@code total} files looked at (fingerprint and EXIF: the first, quicker pass). */
    default void looked(int done, int total) {
    }

    /** {@code done} of {@code total} pictures made. */
    default void made(int done, int total) {
    }

    default boolean cancelled() {
        return false;
    }
}
