package rectimap.edit;

/** How a user settles a conflict on a shared project's feature. */
public enum ConflictChoice {
    /** My change wins: applied over their version. */
    MINE,
    /** Their version stays; my change to this feature is dropped. */
    THEIRS,
    /**
     * Both: every attribute (and the geometry) I changed from the base takes my value, everything else keeps
     * theirs; derived fields follow the geometry they were computed from.
     */
    COMBINE
}
