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
    READ_ONLY_IN_USE
}
