package rectimap.store.pg;

import java.util.List;

/**
 * A work package merge refused as a whole because photos in the package are attached to features its township
 * does not hold (another township's feature, a feature refused as outside, one that is not on the server): nothing
 * was written. The sentence names each photo and its feature.
 */
public final class PhotosOutsideTownship extends RuntimeException {
    /** A refused photo: its file name and the feature (layer, fid in the package) it is attached to. */
    public record Photo(String fileName, String table, long fid) {
    }

    private final String township;
    private final transient List<Photo> photos;

    PhotosOutsideTownship(String township, List<Photo> photos) {
        super(photos.size() + " photos attached outside " + township);
        this.township = township;
        this.photos = List.copyOf(photos);
    }

    /** The package's township. */
    public String township() {
        return township;
    }

    /** The refused photos, in the package's order. */
    public List<Photo> photos() {
        return photos;
    }
}
