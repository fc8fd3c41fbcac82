package rectimap.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a photo file's {@link PhotoFacts} with metadata-extractor. A damaged or absent EXIF block is no failure: the
 * facts are then empty ({@code exifBroken} says which), since the picture may still be good. Values that make no
 * sense (a GPS position of 0,0, a latitude beyond 90°, a date that does not parse) count as absent.
 */
public final class ExifFacts {
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private ExifFacts() {
    }

    /** The facts of {@code file}; never throws for bad metadata, only for a file that cannot be read at all. */
    public static PhotoFacts read(Path file) throws PhotoException {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | RuntimeException e) {
            return PhotoFacts.none(true);
        } catch (IOException e) {
            throw new PhotoException(PhotoProblem.UNREADABLE, file, e.getMessage() == null ? "" : e.getMessage());
        }
        boolean broken = metadata.hasErrors();
        LocalDateTime taken = null;
        Double lon = null;
        Double lat = null;
        Double direction = null;
        int orientation = 1;
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (sub != null) {
            taken = time(sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
        }
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null) {
            if (taken == null) {
                taken = time(ifd0.getString(ExifIFD0Directory.TAG_DATETIME));
            }
            try {
                if (ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                }
            } catch (MetadataException e) {
                broken = true;
            }
        }
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        if (gps != null) {
            GeoLocation where = gps.getGeoLocation();
            if (where != null && !where.isZero() && Math.abs(where.getLatitude()) <= 90
                    && Math.abs(where.getLongitude()) <= 180) {
                lon = where.getLongitude();
                lat = where.getLatitude();
            }
            Double heading = gps.getDoubleObject(GpsDirectory.TAG_IMG_DIRECTION);
            if (heading != null && heading >= 0 && heading <= 360) {
                direction = heading;
            }
        }
        return new PhotoFacts(taken, lon, lat, direction, orientation, broken);
    }

    private static LocalDateTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().substring(0, Math.min(19, text.strip().length())), EXIF_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
