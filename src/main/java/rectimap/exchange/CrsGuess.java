package rectimap.exchange;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import rectimap.geo.Epsg;
import rectimap.geo.GaussKrugerZone3;

/**
 * Suggests the CRS of coordinates that come without one (a Shapefile without .prj, a CSV of x/y), from their
 * range alone, for the user to confirm:
 * <ul>
 * <li>within ±180/±90: longitude/latitude — CGCS2000 (EPSG:4490) inside China's extent, else WGS 84 (4326);</li>
 * <li>an 8-digit easting whose millions are a zone 25–45 and whose rest lies within 350 km of 500 000 m: that
 *     CGCS2000 3° Gauss-Krüger zone with the zone-prefixed easting (EPSG:4513–4533);</li>
 * <li>a 6-digit easting near 500 000 m with a northing in China's range: a 3° Gauss-Krüger CM zone, which one
 *     the numbers cannot tell — the project's own central meridian is suggested, {@link CrsCertainty#AMBIGUOUS};</li>
 * <li>anything else: unknown.</li>
 * </ul>
 * Stateless.
 */
public final class CrsGuess {
    /** Eastings within this distance of the false easting (500 km) are taken as Gauss-Krüger (a 3° zone is ~±170 km). */
    private static final double EASTING_SPREAD_M = 350_000;
    /** China's northings on a GK grid: from the Nansha islands (~400 km) to Mohe (~5 900 km). */
    private static final double MIN_NORTHING_M = 300_000;
    private static final double MAX_NORTHING_M = 6_000_000;
    private static final Envelope CHINA_LON_LAT = new Envelope(73, 136, 3, 54);
    /** How far around a project's extent a guessed CRS may put data: about 100 km. */
    private static final double AROUND_PROJECT_DEG = 1.0;
    /** Float noise of a world extent written as ±180.0000019 is still longitude/latitude. */
    private static final double LON_LAT_TOLERANCE_DEG = 1e-5;

    private CrsGuess() {
    }

    /**
     * The suggestion for coordinates within {@code extent}; {@code projectCentralMeridianDeg} (e.g. 111 for the
     * district) is what a 6-digit easting is assumed to be measured from.
     *
     * @return a {@link SourceCrs} with certainty GUESSED, AMBIGUOUS or UNKNOWN and a description in English
     */
    public static SourceCrs fromExtent(Envelope extent, int projectCentralMeridianDeg) {
        if (extent == null || extent.isNull()) {
            return SourceCrs.unknown("no coordinates to guess from");
        }
        String range = String.format("x %.3f..%.3f, y %.3f..%.3f", extent.getMinX(), extent.getMaxX(),
                extent.getMinY(), extent.getMaxY());
        double tolerance = LON_LAT_TOLERANCE_DEG;
        if (within(extent, -180 - tolerance, 180 + tolerance, -90 - tolerance, 90 + tolerance)) {
            boolean china = CHINA_LON_LAT.contains(extent);
            return new SourceCrs(china ? Epsg.CGCS2000 : 4326, "longitude/latitude in degrees (" + range + ")"
                    + (china ? ", in China: CGCS2000" : ""), CrsCertainty.GUESSED);
        }
        if (!within(extent, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, MIN_NORTHING_M, MAX_NORTHING_M)) {
            return SourceCrs.unknown("coordinates fit no known grid (" + range + ")");
        }
        int zone = (int) Math.floor(extent.getMinX() / 1_000_000);
        if (zone >= GaussKrugerZone3.FIRST_ZONE && zone <= GaussKrugerZone3.LAST_ZONE
                && zone == (int) Math.floor(extent.getMaxX() / 1_000_000)
                && nearFalseEasting(extent.getMinX() - zone * 1_000_000.0, extent.getMaxX() - zone * 1_000_000.0)) {
            GaussKrugerZone3 gk = new GaussKrugerZone3(zone, GaussKrugerZone3.EastingForm.ZONE_PREFIXED);
            return new SourceCrs(gk.epsg(), "CGCS2000 3-degree Gauss-Kruger zone " + zone + " (8-digit easting, "
                    + range + ")", CrsCertainty.GUESSED);
        }
        if (nearFalseEasting(extent.getMinX(), extent.getMaxX())) {
            GaussKrugerZone3 gk = GaussKrugerZone3.containing(projectCentralMeridianDeg,
                    GaussKrugerZone3.EastingForm.PLAIN);
            return new SourceCrs(gk.epsg(), "CGCS2000 3-degree Gauss-Kruger CM " + gk.centralMeridianDeg()
                    + "E assumed (6-digit easting, the zone is not in the numbers; " + range + ")",
                    CrsCertainty.AMBIGUOUS);
        }
        return SourceCrs.unknown("coordinates fit no known grid (" + range + ")");
    }

    /**
     * Where a guessed CRS may put imported data ({@link ImportPlan#guessArea()}): about 100 km around the
     * project's extent in EPSG:4490 degrees, or China when the project has no features (null or empty extent).
     */
    public static Envelope plausibleArea(Envelope projectLonLat) {
        if (projectLonLat == null || projectLonLat.isNull()) {
            return new Envelope(CHINA_LON_LAT);
        }
        Envelope around = new Envelope(projectLonLat);
        around.expandBy(AROUND_PROJECT_DEG);
        return around;
    }

    /** The EPSG codes a 6-digit Gauss-Krüger easting could equally be in (every CGCS2000 3° CM zone). */
    public static List<Integer> plainGaussKrugerAlternatives() {
        return java.util.stream.IntStream.rangeClosed(GaussKrugerZone3.FIRST_ZONE, GaussKrugerZone3.LAST_ZONE)
                .mapToObj(z -> new GaussKrugerZone3(z, GaussKrugerZone3.EastingForm.PLAIN).epsg()).toList();
    }

    private static boolean nearFalseEasting(double minEasting, double maxEasting) {
        return minEasting >= 500_000 - EASTING_SPREAD_M && maxEasting <= 500_000 + EASTING_SPREAD_M;
    }

    private static boolean within(Envelope e, double minX, double maxX, double minY, double maxY) {
        return e.getMinX() >= minX && e.getMaxX() <= maxX && e.getMinY() >= minY && e.getMaxY() <= maxY;
    }
}
