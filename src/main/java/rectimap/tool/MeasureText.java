package rectimap.tool;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.Measure;

/**
 * The live measurement line of the status bar, from a geometry in display metres measured ellipsoidally on CGCS2000
 * ({@link Measure} on its EPSG:4490 copy, never planar): "长度 1,234.5 米" for lines,
 * "面积 12,345 平方米 · 18.5 亩" for areas. Digits grouped with commas, as the campaign's forms write them.
 */
public final class MeasureText {
    private MeasureText() {
    }

    /** "长度 … 米" for the length in metres. */
    public static String length(double lengthM) {
        return "长度 " + metres(lengthM);
    }

    /** "1,234.5 米" for a length in metres. */
    public static String metres(double lengthM) {
        return String.format(Locale.ROOT, "%,.1f 米", lengthM);
    }

    /** "面积 … 平方米 · … 亩" for the area in square metres. */
    public static String area(double areaM2) {
        return String.format(Locale.ROOT, "面积 %,.0f 平方米 · %,.1f 亩", areaM2, Measure.m2ToMu(areaM2));
    }

    /** The length of a display-metre line, measured on the ellipsoid. */
    public static String lengthOf(Geometry display) {
        return length(Measure.lengthM(LayerProjection.lonLat(display)));
    }

    /** The perimeter of a display-metre polygon (or length of a line), measured on the ellipsoid: "1,234.5 米". */
    public static String perimeterOf(Geometry display) {
        return metres(Measure.lengthM(LayerProjection.lonLat(display)));
    }

    /** The area of a display-metre polygon, measured on the ellipsoid. */
    public static String areaOf(Geometry display) {
        return area(Measure.areaM2(LayerProjection.lonLat(display)));
    }
}
