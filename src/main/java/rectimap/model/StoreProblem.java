package rectimap.model;

/** The kinds of trouble with a project file; each has a message key {@code store.<name>} in the UI bundles. */
public enum StoreProblem {
    /** The file does not exist. */
    NOT_FOUND,
    /** The file exists but cannot be read (permissions, a directory, an I/O error). */
    UNREADABLE,
    /** The file is not an SQLite database or lacks the GeoPackage tables. */
    NOT_GEOPACKAGE,
    /** The database is damaged (integrity check or a malformed record). */
    CORRUPT,
    /** Another program holds a lock on the file. */
    LOCKED,
    /** Another Rectimap has the project open for editing; it may be opened read-only. */
    IN_USE,
    /** Writing failed for another reason (an I/O error, a change that does not fit the file). */
    WRITE_FAILED,
    /**
     * A shared project's database did not write (a lock timeout, a constraint, a catalog race…); the transaction was
     * rolled back, so nothing of it is in the database. {@link StoreException#databaseReason()} says what the server
     * said.
     */
    DATABASE_WRITE_FAILED,
    /** The disk (file system) holding the file or its journal is full. */
    DISK_FULL,
    /** The file or its folder cannot be written: read-only file, folder or file system, or no permission. */
    NO_WRITE_PERMISSION,
    /** A named layer is not in the file. */
    NO_SUCH_LAYER,
    /**
     * An undo or redo was not written: a feature it changes is no longer in the file as the step left it (another
     * program changed or deleted it after the session last re-read the file); {@code subject()} names the table and
     * the feature id. Nothing of the move reached the file.
     */
    CHANGED_OUTSIDE,
    /** gpkg_contents registers a layer whose table is not in the file ({@code subject()} names it). */
    LAYER_TABLE_MISSING,
    /**
     * The project's recovery journal was written by a newer Rectimap in a format this one does not know
     * ({@code subject()} is the journal's path); neither it nor the project was touched.
     */
    RECOVERY_JOURNAL_NEWER,
    /** A shared project's server cannot be reached (down, restarting, wrong host or port, network gone). */
    SERVER_UNREACHABLE,
    /** The server asks for a password and none was given (no .pgpass line for this user and server). */
    PASSWORD_NEEDED,
    /** The server refused the user name or password. */
    LOGIN_FAILED,
    /** The database (or its schema) holds no Rectimap shared project. */
    NOT_SHARED_PROJECT,
    /** Publishing: the target schema already holds a Rectimap project. */
    PROJECT_EXISTS,
    /** The database refused the change for this account (its role or township does not allow it). */
    PERMISSION_DENIED,
    /**
     * A shared project published by an earlier version, not upgraded yet (no photo tables): its owner (the district
     * office's publishing account) must open it once with this version.
     */
    PROJECT_OUTDATED,
    /** A step changes features someone else changed first ({@link StepConflict}); nothing of it was written. */
    CONFLICT
}
