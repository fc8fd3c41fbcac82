package rectimap.tool;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.Measure;

/**
 * The live measurement line of the status bar, from a geometry in display metres measured ellipsoidally on CGCS2000
 * ({@link Measure} on its EPSG:4490 copy, never planar): "长度 1,234.5 米" ("Length 1,234.5 m") for lines,
 * "面积 18.5 亩(1.23 公顷)" for areas, as {@link ToolText}s. Digits grouped with commas, as the campaign's forms
 * write them (the same in English).
 */
public final class MeasureText {
    private MeasureText() {
    }

    /** "长度 … 米" for the length in metres. */
    public static ToolText length(double lengthM) {
        return ToolText.of("tool.length", grouped(lengthM, 1));
    }

    /** "1,234.5 米" for a length in metres. */
    public static ToolText metres(double lengthM) {
        return ToolText.of("tool.metres", grouped(lengthM, 1));
    }

    /** "面积 478.8 亩(31.92 公顷)" for the area in square metres: short enough for the status bar. */
    public static ToolText area(double areaM2) {
        double mu = Measure.m2ToMu(areaM2);
        return ToolText.of("tool.area", grouped(mu, mu >= 10_000 ? 0 : 1),
                grouped(Measure.m2ToHectares(areaM2), 2));
    }

    /** The length of a display-metre line, measured on the ellipsoid. */
    public static ToolText lengthOf(Geometry display) {
        return length(Measure.lengthM(LayerProjection.lonLat(display)));
    }

    /** The perimeter of a display-metre polygon (or length of a line), measured on the ellipsoid: "1,234.5 米". */
    public static ToolText perimeterOf(Geometry display) {
        return metres(Measure.lengthM(LayerProjection.lonLat(display)));
    }

    /** The area of a display-metre polygon, measured on the ellipsoid. */
    public static ToolText areaOf(Geometry display) {
        return area(Measure.areaM2(LayerProjection.lonLat(display)));
    }

    /** {@code value} with comma grouping and {@code decimals} decimals, the same in both languages. */
    static String grouped(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
