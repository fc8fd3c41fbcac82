package rectimap.media;

import java.nio.file.Path;
import java.util.List;

/**
 * What a photo import did: photos stored (linked to a feature, or placed as points only), photos left for the user to
 * place (no GPS position), duplicates skipped (already in the project, or twice in the batch), files that are no
 * photos by name, photos whose EXIF was damaged (taken without it), and pictures left out as bad (corrupt, unreadable,
 * too large; only with {@link PhotoImportOptions.BadPictures#LEAVE_OUT}), each failure naming its file.
 */
public record PhotoImportOutcome(int linked, int pointOnly, List<Path> withoutPosition, List<Path> duplicates,
                                 List<Path> notPhotos, List<Path> exifBroken, List<PhotoException> leftOut) {
    public PhotoImportOutcome {
        withoutPosition = List.copyOf(withoutPosition);
        duplicates = List.copyOf(duplicates);
        notPhotos = List.copyOf(notPhotos);
        exifBroken = List.copyOf(exifBroken);
        leftOut = List.copyOf(leftOut);
    }

    /** Photos stored by the batch. */
    public int stored() {
        return linked + pointOnly;
    }
}
