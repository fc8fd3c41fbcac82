package rectimap.store;

/**
 * What a read-only open did about a transaction a crashed writer left unfinished (a hot rollback journal
 * {@code <file>-journal} or a {@code -wal} beside the file, which SQLite must roll back or recover before anyone can
 * read): the caller tells the user in one line when it is not {@link #NONE}.
 */
public enum UnfinishedWrite {
    /** Nothing was left behind. */
    NONE,
    /** The file was writable: the unfinished transaction was rolled back in the file itself. */
    ROLLED_BACK,
    /**
     * The file (or its folder) is read-only: a temporary copy of the file and its journal was rolled back and is
     * read instead; the file itself is untouched and still holds the leftovers.
     */
    READ_LAST_COMMITTED
}
