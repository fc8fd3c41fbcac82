package rectimap.tool;

/**
 * How a pasted list of corner points was read, told to the user so a wrong guess is seen at once. Detected from the
 * value ranges (China: longitude 73–136°, latitude 3–54°; EPSG:4546 easting 200–800 km with false easting 500 km,
 * northing 2 000–6 000 km).
 */
public enum TypedCrs {
    /** "lon,lat" in degrees, EPSG:4490. */
    LON_LAT,
    /** "lat,lon" in degrees: the columns were swapped. */
    LAT_LON,
    /** "x,y" as easting, northing in metres, EPSG:4546. */
    EASTING_NORTHING,
    /** "X,Y" in the surveyor's order: northing first, EPSG:4546. */
    NORTHING_EASTING,
    /** Easting with the zone number 37 in front (37 500 000 m), EPSG:4525 style, read as EPSG:4546. */
    ZONED_EASTING_NORTHING;

    /** The sentence telling the user how the list was read ({@code tool.crs.<NAME>}). */
    public ToolText notice() {
        return ToolText.of("tool.crs." + name());
    }

    public boolean isGeographic() {
        return this == LON_LAT || this == LAT_LON;
    }

    /** How the pair (first, second) would be read, or null when it fits none. */
    static TypedCrs guess(double first, double second) {
        if (isLon(first) && isLat(second)) {
            return LON_LAT;
        }
        if (isLat(first) && isLon(second)) {
            return LAT_LON;
        }
        if (isEasting(first) && isNorthing(second)) {
            return EASTING_NORTHING;
        }
        if (isNorthing(first) && isEasting(second)) {
            return NORTHING_EASTING;
        }
        if (isEasting(first - ZONE_37_M) && isNorthing(second)) {
            return ZONED_EASTING_NORTHING;
        }
        return null;
    }

    /** The zone prefix of 3° zone 37 (central meridian 111°E) as written in front of eastings. */
    static final double ZONE_37_M = 37_000_000;

    private static boolean isLon(double v) {
        return v >= 73 && v <= 136;
    }

    private static boolean isLat(double v) {
        return v >= 3 && v <= 54;
    }

    private static boolean isEasting(double v) {
        return v >= 200_000 && v <= 800_000;
    }

    private static boolean isNorthing(double v) {
        return v >= 2_000_000 && v <= 6_000_000;
    }
}
