package rectimap.store;

/** Quoting of SQL identifiers, so table and column names from any GeoPackage (spaces, quotes, Chinese) are safe. */
final class SqlNames {
    private SqlNames() {
    }

    /** {@code name} as a double-quoted SQL identifier, embedded quotes doubled. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The name of the spatial index table the GeoPackage R-tree extension prescribes for a geometry column. */
    static String rtreeName(String tableName, String geometryColumn) {
        return "rtree_" + tableName + "_" + geometryColumn;
    }
}
