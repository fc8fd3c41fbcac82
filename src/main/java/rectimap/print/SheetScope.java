package rectimap.print;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import rectimap.geo.Measure;

/**
 * What a sheet's figures are about: its place (a township, a village whose area is known, the whole district) or,
 * for a plain map area or a village known only by its point, the map frame. A feature counts when a part of it lies
 * inside (at least {@link #MIN_AREA_M2} of an area, {@link #MIN_LENGTH_M} of a line, a point covered), and only that
 * part is measured, ellipsoidally via {@link Measure}: no figure on a sheet exceeds its place. Thread-safe.
 */
final class SheetScope {

    /** Less than this of an area inside is a shared border drawn twice, not a part of the feature. */
    static final double MIN_AREA_M2 = 1;
    /** Less than this of a line inside is a line ending on the border. */
    static final double MIN_LENGTH_M = 1;

    /** Which words say what the figures cover: "本镇范围内", "本村范围内", "全区范围内", "图幅范围内". */
    enum Kind {
        TOWNSHIP, VILLAGE, DISTRICT, FRAME
    }

    private final Kind kind;
    private final Geometry areaLonLat;
    private final PreparedGeometry prepared;

    private SheetScope(Kind kind, Geometry areaLonLat) {
        this.kind = kind;
        this.areaLonLat = areaLonLat;
        this.prepared = PreparedGeometryFactory.prepare(areaLonLat);
    }

    /** The scope of a sheet: its place's area when it has one, else {@code frameLonLat}. */
    static SheetScope of(SheetContent content, SheetPlace place, Geometry frameLonLat) {
        Kind kind = kindOf(content, place);
        return new SheetScope(kind, kind == Kind.FRAME ? frameLonLat : content.areaLonLat(place));
    }

    /** Which scope a sheet of {@code place} (null: a plain map area) has. */
    static Kind kindOf(SheetContent content, SheetPlace place) {
        Geometry area = place == null ? null : content.areaLonLat(place);
        if (area == null || area.isEmpty()) {
            return Kind.FRAME;
        }
        return switch (place.kind()) {
            case TOWNSHIP -> Kind.TOWNSHIP;
            case VILLAGE -> Kind.VILLAGE;
            case DISTRICT -> Kind.DISTRICT;
        };
    }

    Kind kind() {
        return kind;
    }

    /**
     * The ellipsoidal area (m², areas), length (m, lines) or 0 (points) of the part of {@code lonLat} inside this
     * scope, or -1 when no part worth counting lies inside.
     */
    double measureInside(Geometry lonLat) {
        if (!prepared.intersects(lonLat)) {
            return -1;
        }
        int dimension = lonLat.getDimension();
        if (dimension == 0) {
            return prepared.covers(lonLat) ? 0 : -1;
        }
        Geometry inside = prepared.containsProperly(lonLat) ? lonLat
                : OverlayNGRobust.overlay(lonLat, areaLonLat, OverlayNG.INTERSECTION);
        if (dimension == 2) {
            double area = Measure.areaM2(inside);
            return area >= MIN_AREA_M2 ? area : -1;
        }
        double length = Measure.lengthM(inside);
        return length >= MIN_LENGTH_M ? length : -1;
    }
}
