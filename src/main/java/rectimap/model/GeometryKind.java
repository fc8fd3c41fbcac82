package rectimap.model;

/** The geometry type of a layer, named as in the GeoPackage {@code gpkg_geometry_columns.geometry_type_name}. */
public enum GeometryKind {
    POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRY;

    /** The GeoPackage geometry type name, e.g. {@code MULTIPOLYGON}. */
    public String gpkgName() {
        return name();
    }

    /** Whether features of this kind are areas (measured in m², 亩 and 公顷). */
    public boolean isAreal() {
        return this == POLYGON || this == MULTIPOLYGON;
    }

    /** Whether features of this kind are lines (measured in m and km). */
    public boolean isLineal() {
        return this == LINESTRING || this == MULTILINESTRING;
    }
}
