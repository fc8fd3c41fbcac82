package rectimap.exchange;

/**
 * How an import reports progress and learns of a cancel; called on the importing thread, so implementations hop
 * to the UI thread themselves. {@link #NONE} for the command line.
 */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    /** {@code done} records read of {@code total} (-1 when unknown). */
    default void advanced(long done, long total) {
    }

    /** Whether the user asked to stop; the import then ends with CANCELLED and nothing written. */
    default boolean cancelled() {
        return false;
    }
}
