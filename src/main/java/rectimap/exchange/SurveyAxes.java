package rectimap.exchange;

import org.locationtech.jts.geom.Envelope;
import rectimap.geo.GaussKrugerZone3;

/**
 * Tells from the ranges of a table's two coordinate columns whether its x column is a northing (the surveyor's
 * convention, 测量坐标 X 为北) rather than an easting. Values in China say it unambiguously in the common cases:
 * <ul>
 * <li>Gauss-Krüger: a northing is 0.3–6 million metres; an easting is 500 km ± 350 km (6 digits) or that with the
 *     zone number 25–45 in front (8 digits, e.g. 37 500 000). x ≈ 3.87 million with y ≈ 500 000 or 37 500 000 is
 *     northing-first;</li>
 * <li>degrees: a latitude is 3–54, a longitude 73–136, so x within 3–54 with y within 73–136 is latitude-first.</li>
 * </ul>
 * When both columns could be either (e.g. both between 300 000 and 850 000, in the far south) the table's order is
 * kept and the user may overrule it. Stateless.
 */
public final class SurveyAxes {
    private static final double FALSE_EASTING_M = 500_000;
    private static final double EASTING_SPREAD_M = 350_000;
    private static final double MIN_NORTHING_M = 300_000;
    private static final double MAX_NORTHING_M = 6_000_000;

    private SurveyAxes() {
    }

    /**
     * {@link AxisOrder#X_NORTH} when the x values are northings (or latitudes) and the y values eastings (or
     * longitudes) and not also the other way round; otherwise {@link AxisOrder#X_EAST}.
     *
     * @param asRead x of the envelope = the x column's values, y = the y column's; a null envelope gives X_EAST
     */
    public static AxisOrder judge(Envelope asRead) {
        if (asRead == null || asRead.isNull()) {
            return AxisOrder.X_EAST;
        }
        double minX = asRead.getMinX();
        double maxX = asRead.getMaxX();
        double minY = asRead.getMinY();
        double maxY = asRead.getMaxY();
        boolean metresSwapped = northing(minX, maxX) && easting(minY, maxY)
                && !(easting(minX, maxX) && northing(minY, maxY));
        boolean degreesSwapped = within(minX, maxX, 3, 54) && within(minY, maxY, 73, 136);
        return metresSwapped || degreesSwapped ? AxisOrder.X_NORTH : AxisOrder.X_EAST;
    }

    private static boolean northing(double min, double max) {
        return within(min, max, MIN_NORTHING_M, MAX_NORTHING_M);
    }

    /** A 6-digit easting near the false easting, or an 8-digit one whose millions are one zone 25–45. */
    private static boolean easting(double min, double max) {
        if (nearFalseEasting(min, max)) {
            return true;
        }
        int zone = (int) Math.floor(min / 1_000_000);
        return zone >= GaussKrugerZone3.FIRST_ZONE && zone <= GaussKrugerZone3.LAST_ZONE
                && zone == (int) Math.floor(max / 1_000_000)
                && nearFalseEasting(min - zone * 1_000_000.0, max - zone * 1_000_000.0);
    }

    private static boolean nearFalseEasting(double min, double max) {
        return within(min, max, FALSE_EASTING_M - EASTING_SPREAD_M, FALSE_EASTING_M + EASTING_SPREAD_M);
    }

    private static boolean within(double min, double max, double low, double high) {
        return min >= low && max <= high;
    }
}
