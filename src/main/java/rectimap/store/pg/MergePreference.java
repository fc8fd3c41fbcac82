package rectimap.store.pg;

/** How a merge settles a feature changed both in the package and on the server (a conflict). */
public enum MergePreference {
    /** Neither: the conflict is reported and left unapplied; the next merge shows it again. */
    ASK,
    /** The package's version is written over the server's. */
    PACKAGE,
    /** The server's version stays; the package's change to the feature is marked settled and not shown again. */
    SERVER
}
