package rectimap.media;

import java.time.LocalDateTime;

/**
 * What a photo file says about itself (EXIF): when it was taken (camera local time, null when unknown), where
 * (CGCS2000/WGS 84 lon/lat in degrees, both null without GPS), the direction the camera looked (degrees from north,
 * null when unknown), the EXIF orientation (1 = upright … 8, 1 when absent) and whether the EXIF block was readable
 * ({@code exifBroken}: a damaged block is ignored, the picture itself may still be fine).
 */
public record PhotoFacts(LocalDateTime takenAt, Double lon, Double lat, Double directionDeg, int orientation,
                         boolean exifBroken) {
    public PhotoFacts {
        if (orientation < 1 || orientation > 8) {
            orientation = 1;
        }
        if ((lon == null) != (lat == null)) {
            lon = null;
            lat = null;
        }
    }

    /** Facts of a file without any EXIF. */
    public static PhotoFacts none(boolean exifBroken) {
        return new PhotoFacts(null, null, null, null, 1, exifBroken);
    }

    /** Whether the photo carries a usable GPS position. */
    public boolean hasPosition() {
        return lon != null && lat != null;
    }
}
