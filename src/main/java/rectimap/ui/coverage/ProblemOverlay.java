package rectimap.ui.coverage;

import java.util.ArrayList;
import java.util.HashMap;
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
 * The problem pieces of a report as a display-only layer: gaps a translucent red fill, overlaps purple, slivers (too
 * small to see at most scales) outlined orange. Gaps and overlaps have no outline of their own: their edges are the
 * zones' edges, and the map draws this layer under the planning layers so each zone keeps its own outline colour.
 * Classes are titled by problem kind (空白, 重叠 …; the layer panel's legend shows them in the interface language).
 * Not part of the project.
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
        Map<String, String> titles = new HashMap<>();
        for (ProblemKind kind : ProblemKind.values()) {
            titles.put(kind.name(), kind.label());
        }
        Symbolizer sliver = Symbolizer.area(Rgba.TRANSPARENT, Rgba.hex("#fb8c00"), 0.8);
        LayerStyle style = new LayerStyle(fill("#e53935", 0.45), "kind", LayerStyle.inOrder(
                Map.entry(ProblemKind.GAP.name(), fill("#e53935", 0.45)),
                Map.entry(ProblemKind.OVERLAP.name(), fill("#8e24aa", 0.5)),
                Map.entry(ProblemKind.SLIVER_GAP.name(), sliver),
                Map.entry(ProblemKind.SLIVER_OVERLAP.name(), sliver)), null).withClassTitles(titles);
        return new MapLayer(new Layer(info, pieces), style, true, 1.0);
    }

    /** A translucent fill without outline: the piece's edges belong to the zones around it. */
    private static Symbolizer fill(String hex, double alpha) {
        return Symbolizer.area(Rgba.hex(hex).withAlpha(alpha), Rgba.TRANSPARENT, 0);
    }
}
