package rectimap.geo;

/**
 * EPSG codes of the coordinate reference systems Rectimap uses. Features are stored in {@link #CGCS2000}
 * (lon/lat degrees) and the map is displayed in {@link #CGCS2000_GK_CM_111E} (metres). The other CGCS2000
 * 3-degree Gauss-Krüger codes (4513–4554) are described by {@link GaussKrugerZone3}, for offices whose survey data
 * lies in another zone.
 */
public final class Epsg {
    /** CGCS2000 geographic, longitude/latitude in degrees (X = lon, Y = lat in our geometries). */
    public static final int CGCS2000 = 4490;
    /** CGCS2000 / 3-degree Gauss-Krüger CM 111E, easting/northing in metres, no zone prefix in the easting. */
    public static final int CGCS2000_GK_CM_111E = 4546;

    private Epsg() {
    }

    /** The name proj4j looks the code up by, e.g. {@code EPSG:4490}. */
    public static String name(int epsg) {
        return "EPSG:" + epsg;
    }
}
