package rectimap.store;

/**
 * Something the user should be told after a project opened; each has the message key {@code project.notice.<name>}
 * in the UI bundles (the file name is argument {0}).
 */
public enum OpenNotice {
    /** The last session did not close cleanly (crash, kill, power cut); the file was checked and is whole. */
    RECOVERED,
    /**
     * Moves the last session could not write to the file (it was held, the disk full...) were kept in its recovery
     * journal and have been written now; their number is {@link ProjectFile#recoveredMoves()} (argument {1}).
     */
    UNSAVED_MOVES_RECOVERED,
    /** The file is on a network share, where file locking is unreliable: another editor could damage it. */
    NETWORK_SHARE,
    /** Opened read-only because another Rectimap has the project open for editing. */
    READ_ONLY_IN_USE,
    /** A crashed writer's unfinished transaction was rolled back in the file ({@link UnfinishedWrite#ROLLED_BACK}). */
    ROLLED_BACK,
    /**
     * A crashed writer left an unfinished transaction in a file this user may not write: the last committed state
     * is shown from a rolled-back copy ({@link UnfinishedWrite#READ_LAST_COMMITTED}).
     */
    READ_LAST_COMMITTED;

    /** The notice for what a read-only open did about a crashed writer's leftovers; empty for NONE. */
    public static java.util.Optional<OpenNotice> of(UnfinishedWrite unfinished) {
        return switch (unfinished) {
            case NONE -> java.util.Optional.empty();
            case ROLLED_BACK -> java.util.Optional.of(ROLLED_BACK);
            case READ_LAST_COMMITTED -> java.util.Optional.of(READ_LAST_COMMITTED);
        };
    }
}
