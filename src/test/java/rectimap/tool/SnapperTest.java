package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import rectimap.model.FeatureRef;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;

class SnapperTest {
    // A square from (500000, 3874600) to (500100, 3874700): its corner (500000, 3874600) is screen (400, 300).
    private final ToolBench bench = new ToolBench()
            .layer("township", GeometryKind.POLYGON, LayerRole.REFERENCE,
                    "POLYGON ((500000 3874600, 500100 3874600, 500100 3874700, 500000 3874700, 500000 3874600))")
            .layer("road", GeometryKind.LINESTRING, LayerRole.REFERENCE,
                    "LINESTRING (499900 3874500, 499990 3874500)");

    @Test
    void snapsToAVertexWithinTwelvePixels() {
        Optional<SnapHit> hit = bench.snapper.snap(400 - 7, 300 + 9, bench.context());

        assertThat(hit).isPresent();
        assertThat(hit.get().target()).isEqualTo(SnapTarget.VERTEX);
        assertThat(hit.get().point().distanceTo(new DisplayPoint(500000, 3874600))).isLessThan(1e-6);
        assertThat(hit.get().feature()).isEqualTo(new FeatureRef("township", 1));
        assertThat(hit.get().distancePx()).isCloseTo(Math.hypot(7, 9), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void doesNotSnapBeyondTwelvePixels() {
        // 13 px left and below the corner: beyond the tolerance from the vertex and from both edges.
        assertThat(bench.snapper.snap(400 - 13, 300 + 13, bench.context())).isEmpty();
    }

    @Test
    void aVertexWinsOverANearerSegment() {
        // 2 px above the bottom edge and 10 px right of the corner: the edge is nearer, the vertex still wins.
        Optional<SnapHit> hit = bench.snapper.snap(400 + 10, 300 - 2, bench.context());

        assertThat(hit.get().target()).isEqualTo(SnapTarget.VERTEX);
        assertThat(hit.get().point().distanceTo(new DisplayPoint(500000, 3874600))).isLessThan(1e-6);
    }

    @Test
    void snapsOntoASegmentAwayFromVertices() {
        // Screen (450, 295) is 5 px above the middle of the bottom edge.
        Optional<SnapHit> hit = bench.snapper.snap(450, 295, bench.context());

        assertThat(hit.get().target()).isEqualTo(SnapTarget.SEGMENT);
        assertThat(hit.get().point().distanceTo(new DisplayPoint(500050, 3874600))).isLessThan(1e-6);
    }

    @Test
    void theNearestVertexWinsAcrossLayers() {
        // The road ends at (499990, 3874500) = screen (390, 400); 4 px from there.
        Optional<SnapHit> hit = bench.snapper.snap(394, 400, bench.context());

        assertThat(hit.get().feature()).isEqualTo(new FeatureRef("road", 1));
        assertThat(hit.get().point().distanceTo(new DisplayPoint(499990, 3874500))).isLessThan(1e-6);
    }

    @Test
    void theSKeyTurnsSnappingOffAndOnAgain() {
        DrawPolygonTool tool = new DrawPolygonTool();
        bench.key(tool, Key.S);
        assertThat(bench.snapper.mode()).isEqualTo(SnapMode.OFF);
        assertThat(bench.snapper.snap(400, 300, bench.context())).isEmpty();

        bench.key(tool, Key.S);
        assertThat(bench.snapper.enabled()).isTrue();

        // Ctrl+S saves, it does not toggle snapping.
        tool.onKey(new KeyInput(Key.S, java.util.Set.of(Modifier.CTRL)), bench.context());
        assertThat(bench.snapper.enabled()).isTrue();
    }

    @Test
    void hiddenLayersAreNotSnappedTo() {
        bench.project = bench.project.withLayers(bench.project.layers().stream().map(l -> l.withVisible(false))
                .toList());
        assertThat(bench.snapper.snap(400, 300, bench.context())).isEmpty();
    }

    @Test
    void aDrawingToolPlacesTheSnappedVertex() {
        bench.layer("zone", GeometryKind.POLYGON, LayerRole.PLANNING).active("zone");
        DrawPolygonTool tool = new DrawPolygonTool();
        bench.click(tool, 405, 296);

        assertThat(tool.vertices().get(0).distanceTo(new DisplayPoint(500000, 3874600))).isLessThan(1e-6);
        assertThat(tool.feedback().snap().target()).isEqualTo(SnapTarget.VERTEX);
    }
}
