package rectimap.tool;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import rectimap.geo.GeometryCheck;
import rectimap.geo.GeometryProblem;
import rectimap.model.GeometryKind;

/**
 * Refuses a geometry a drawing tool is about to hand over when {@link GeometryCheck} finds it invalid
 * (self-intersecting ring, too few vertices, …), naming the problem in Chinese and where it is (display metres: tools
 * check the display copy, and validity does not depend on the CRS), and offering {@link GeometryCheck#repaired} when
 * the layer can hold it (a bow tie repaired into two triangles fits a multipolygon layer, not a polygon one).
 */
final class ShapeCheck {
    private ShapeCheck() {
    }

    /** The problem with {@code display} for a layer of {@code kind}, or empty when it may be stored. */
    static Optional<ToolProblem> problemWith(Geometry display, GeometryKind kind) {
        return GeometryCheck.problem(display).map(problem -> toToolProblem(problem, display, kind));
    }

    private static ToolProblem toToolProblem(GeometryProblem problem, Geometry display, GeometryKind kind) {
        DisplayPoint where = problem.location() == null ? null : DisplayPoint.of(problem.location());
        Geometry repaired = GeometryCheck.repaired(display);
        boolean offered = !repaired.isEmpty() && fits(kind, repaired);
        ToolText.Given reason = new ToolText.Given(problem.kind().reasonZh(), problem.kind().reasonEn());
        return new ToolProblem(ToolText.of(offered ? "tool.invalidShape" : "tool.invalidShapeNoRepair", reason), where,
                offered ? repaired : null);
    }

    private static boolean fits(GeometryKind kind, Geometry geometry) {
        return switch (kind) {
            case POLYGON -> geometry instanceof Polygon;
            case MULTIPOLYGON -> geometry instanceof Polygon || geometry instanceof MultiPolygon;
            case LINESTRING -> geometry instanceof LineString;
            case MULTILINESTRING -> geometry instanceof LineString || geometry instanceof MultiLineString;
            case GEOMETRY -> true;
            case POINT, MULTIPOINT -> false;
        };
    }
}
