package rectimap.media;

/**
 * Why a photo file could not be taken; the user's sentence is the message key {@code photo.<NAME>} ({0} the file,
 * {1} a detail), in Chinese and English.
 */
public enum PhotoProblem {
    /** The file is not a JPEG (or any image ImageIO reads). */
    NOT_AN_IMAGE,
    /** The file says it is a JPEG but its picture data cannot be decoded. */
    CORRUPT,
    /** More pixels than {@link PictureScaling#MAX_SOURCE_PIXELS}. */
    TOO_LARGE,
    /** The file cannot be read (permission, vanished, I/O error). */
    UNREADABLE,
    /** The folder to import does not exist or is not a folder. */
    NOT_A_FOLDER,
    /** The user cancelled the batch; nothing was kept. */
    CANCELLED
}
