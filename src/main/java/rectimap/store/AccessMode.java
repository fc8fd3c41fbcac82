package rectimap.store;

/** How a GeoPackage is opened: read-only uses SQLite's read-only open flag, so nothing can change the file. */
public enum AccessMode {
    READ_ONLY,
    READ_WRITE
}
