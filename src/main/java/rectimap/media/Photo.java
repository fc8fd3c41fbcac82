package rectimap.media;

import java.time.LocalDateTime;

/**
 * A photo stored in a project: its id in the media table, the name of the file it came from, the SHA-256 of that
 * file's bytes (hex, what duplicates are recognised by), when and where it was taken (nullable, see
 * {@link PhotoFacts}), the tag, who took or attached it, and the stored picture's size in pixels (EXIF orientation
 * already applied, so it is shown as stored).
 */
public record Photo(long id, String fileName, String sha256, LocalDateTime takenAt, Double lon, Double lat,
                    Double directionDeg, PhotoTag tag, String who, int widthPx, int heightPx) {
    public Photo {
        who = who == null ? "" : who;
        tag = tag == null ? PhotoTag.UNTAGGED : tag;
    }
}
