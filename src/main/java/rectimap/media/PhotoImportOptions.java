package rectimap.media;

/**
 * How a batch of photos is taken: link to the feature within {@code withinM} metres (0: only the feature the photo
 * lies in), the tag for every photo ({@link PhotoTag#UNTAGGED}: decided per photo by its time against the case's
 * registration date, see {@link TagByTime}), who took them, whether the original files are kept too, and how many
 * pictures are decoded at once (the cores to use; memory grows with it, about 40 MB per 12-megapixel photo).
 */
public record PhotoImportOptions(double withinM, PhotoTag tag, String who, Originals originals, int threads) {
    /** Whether the original files are stored beside the resized pictures. */
    public enum Originals { DROP, KEEP }

    public static final double DEFAULT_WITHIN_M = 50;

    public PhotoImportOptions {
        if (!(withinM >= 0) || withinM > 10_000) {
            throw new IllegalArgumentException("withinM must be 0..10000, not " + withinM);
        }
        tag = tag == null ? PhotoTag.UNTAGGED : tag;
        who = who == null ? "" : who.strip();
        threads = Math.max(1, threads);
    }

    /** Within 50 m, tagged by time, nobody named, originals dropped, one decoder per core. */
    public static PhotoImportOptions defaults() {
        return new PhotoImportOptions(DEFAULT_WITHIN_M, PhotoTag.UNTAGGED, "", Originals.DROP,
                Runtime.getRuntime().availableProcessors());
    }
}
