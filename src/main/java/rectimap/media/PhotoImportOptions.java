package rectimap.media;

/**
 * How a batch of photos is taken: link to the feature within {@code withinM} metres (0: only the feature the photo
 * lies in), the tag for every photo ({@link PhotoTag#UNTAGGED}: decided per photo by its time against the case's
 * registration date, see {@link TagByTime}), who took them, whether the original files are kept too, how many
 * pictures are decoded at once (the cores to use; memory grows with it, about 40 MB per 12-megapixel photo), and
 * what a bad picture does to the batch.
 */
public record PhotoImportOptions(double withinM, PhotoTag tag, String who, Originals originals, int threads,
                                 BadPictures badPictures) {
    /** Whether the original files are stored beside the resized pictures. */
    public enum Originals { DROP, KEEP }

    /**
     * What a corrupt, unreadable or oversized picture does: fail the whole batch naming it (a drop of a few chosen
     * files); fail it once every picture was looked at, naming all the bad ones ({@link BadPicturesException}: the
     * command line, whose user fixes the folder in one go and runs again); or leave it out and name it in the
     * outcome (the window's folder import, whose user sees the list at the end).
     */
    public enum BadPictures { FAIL_BATCH, NAME_ALL, LEAVE_OUT }

    public static final double DEFAULT_WITHIN_M = 50;

    public PhotoImportOptions {
        if (!(withinM >= 0) || withinM > 10_000) {
            throw new IllegalArgumentException("withinM must be 0..10000, not " + withinM);
        }
        tag = tag == null ? PhotoTag.UNTAGGED : tag;
        who = who == null ? "" : who.strip();
        threads = Math.max(1, threads);
        badPictures = badPictures == null ? BadPictures.FAIL_BATCH : badPictures;
    }

    /** Within 50 m, tagged by time, nobody named, originals dropped, one decoder per core, a bad picture fails. */
    public static PhotoImportOptions defaults() {
        return new PhotoImportOptions(DEFAULT_WITHIN_M, PhotoTag.UNTAGGED, "", Originals.DROP,
                Runtime.getRuntime().availableProcessors(), BadPictures.FAIL_BATCH);
    }

    /** These options linking within {@code metres} instead. */
    public PhotoImportOptions within(double metres) {
        return new PhotoImportOptions(metres, tag, who, originals, threads, badPictures);
    }

    /** These options with bad pictures handled as {@code policy} says. */
    public PhotoImportOptions with(BadPictures policy) {
        return new PhotoImportOptions(withinM, tag, who, originals, threads, policy);
    }
}
