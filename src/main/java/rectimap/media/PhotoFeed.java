package rectimap.media;

/**
 * The photos of one batch, handed to {@link PhotoArchive#add} one at a time so that a thousand pictures are never
 * held in memory together.
 */
@FunctionalInterface
public interface PhotoFeed {
    /** The next photo, or null after the last; a {@link PhotoException} fails (rolls back) the whole batch. */
    NewPhoto next() throws PhotoException;
}
