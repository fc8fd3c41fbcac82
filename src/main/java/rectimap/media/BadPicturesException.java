package rectimap.media;

import java.util.List;

/**
 * A batch refused because several of its pictures are bad ({@link PhotoImportOptions.BadPictures#NAME_ALL}): every
 * one of them, in folder order, so the user can fix the folder in one go. As a {@link PhotoException} it is the
 * first of them; nothing of the batch was kept.
 */
public final class BadPicturesException extends PhotoException {
    private final transient List<PhotoException> bad;

    /** {@code bad}: at least one, in folder order. */
    public BadPicturesException(List<PhotoException> bad) {
        super(bad.get(0).problem(), bad.get(0).file(), bad.get(0).detail());
        this.bad = List.copyOf(bad);
    }

    /** Every bad picture of the batch, in folder order. */
    public List<PhotoException> bad() {
        return bad;
    }
}
