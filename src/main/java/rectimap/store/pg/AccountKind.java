package rectimap.store.pg;

/**
 * What an account of a shared project may do, enforced by PostgreSQL (group roles, grants and row-level security),
 * not only by the window.
 */
public enum AccountKind {
    /** District office (区整治办): reads and edits every layer and the project's settings. */
    OFFICE,
    /** A township (乡镇): reads all; edits planning features whose interior point lies in its township only. */
    TOWNSHIP,
    /** A reviewer (督导组): reads all; records verdicts only. */
    REVIEWER,
    /** Reads only. */
    READ_ONLY;

    /** The group role of this kind for the project in {@code schema}, e.g. {@code rectimap_campaign_township}. */
    String groupRole(String schema) {
        return "rectimap_" + schema + "_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
