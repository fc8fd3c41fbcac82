package rectimap.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rectimap.campaign.coverage.CoverageProblem;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.campaign.coverage.ProblemKind;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Provenance;
import rectimap.model.style.LayerStyle;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;

/**
 * The problem pieces of a report as a display-only layer over the map: gaps hatched red, overlaps purple, slivers
 * (too small to see at most scales) outlined orange. Not part of the project.
 */
public final class ProblemOverlay {
    public static final String TABLE = "coverage_problem";

    private ProblemOverlay() {
    }

    /** The pieces of {@code report} as a styled display layer. */
    public static MapLayer of(CoverageReport report) {
        List<Feature> pieces = new ArrayList<>();
        for (CoverageProblem problem : report.problems()) {
            pieces.add(new Feature(pieces.size() + 1, problem.lonLat(), Map.of("kind", problem.kind().name())));
        }
        LayerInfo info = new LayerInfo(new FeatureType(TABLE, GeometryKind.MULTIPOLYGON,
                List.of(new Field("kind", FieldType.TEXT))), "覆盖检查问题", LayerRole.REFERENCE,
                Provenance.SURVEYED, "", 4490);
        LayerStyle style = new LayerStyle(area("#e53935", 0.5), "kind", Map.of(
                ProblemKind.GAP.name(), area("#e53935", 0.45),
                ProblemKind.OVERLAP.name(), area("#8e24aa", 0.5),
                ProblemKind.SLIVER_GAP.name(), Symbolizer.area(Rgba.TRANSPARENT, Rgba.hex("#fb8c00"), 0.8),
                ProblemKind.SLIVER_OVERLAP.name(), Symbolizer.area(Rgba.TRANSPARENT, Rgba.hex("#fb8c00"), 0.8)),
                null);
        return new MapLayer(new Layer(info, pieces), style, true, 1.0);
    }

    private static Symbolizer area(String hex, double alpha) {
        return Symbolizer.area(Rgba.hex(hex).withAlpha(alpha), Rgba.hex(hex), 0.8);
    }
}
