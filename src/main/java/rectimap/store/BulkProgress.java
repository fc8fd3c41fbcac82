package rectimap.store;

/**
 * How a bulk import reports progress and learns of a cancel. Called on the importing thread every few hundred
 * features, so implementations hop to the UI thread themselves and stay cheap.
 */
public interface BulkProgress {
    /** No progress shown, never cancelled (command line, tests). */
    BulkProgress NONE = new BulkProgress() {
    };

    /** {@code written} features are in the (uncommitted) transaction so far. */
    default void written(long written) {
    }

    /** Whether the user asked to stop; the import then rolls back and reports {@link BulkImportResult#cancelled()}. */
    default boolean cancelRequested() {
        return false;
    }
}
