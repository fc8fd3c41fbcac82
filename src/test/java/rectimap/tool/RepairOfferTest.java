package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;

/** Invalid shapes are never stored, but a repair is offered when the layer can hold it. */
class RepairOfferTest {
    private final ToolBench bench = new ToolBench()
            .layer("area", GeometryKind.MULTIPOLYGON, LayerRole.PLANNING,
                    "MULTIPOLYGON (((500000 3874600, 500100 3874600, 500100 3874700, 500000 3874700,"
                            + " 500000 3874600)))")
            .layer("zone", GeometryKind.POLYGON, LayerRole.PLANNING);

    private void drawBowTie(DrawPolygonTool tool) {
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 300);
        bench.click(tool, 300, 100);
        bench.click(tool, 100, 300);
        bench.key(tool, Key.ENTER);
    }

    @Test
    void aBowTieInAMultipolygonLayerCanBeAcceptedAsTwoTriangles() {
        bench.active("area");
        DrawPolygonTool tool = new DrawPolygonTool();
        drawBowTie(tool);

        ToolProblem problem = tool.feedback().problem();
        assertThat(problem.offersRepair()).isTrue();
        assertThat(problem.repair().getNumGeometries()).isEqualTo(2);
        assertThat(bench.results).isEmpty();

        assertThat(tool.acceptRepair(bench.context())).isTrue();
        Geometry stored = ((ToolResult.NewFeature) bench.results.get(0)).draft().geometry();
        assertThat(stored).isInstanceOf(MultiPolygon.class);
        assertThat(stored.isValid()).isTrue();
        assertThat(stored.getNumGeometries()).isEqualTo(2);
        assertThat(tool.state()).isEqualTo(DrawState.IDLE);
    }

    @Test
    void aPolygonLayerIsOfferedNoRepairItCannotHold() {
        bench.active("zone");
        DrawPolygonTool tool = new DrawPolygonTool();
        drawBowTie(tool);

        assertThat(tool.feedback().problem().offersRepair()).isFalse();
        assertThat(tool.acceptRepair(bench.context())).isFalse();
        assertThat(bench.results).isEmpty();
    }

    @Test
    void aRefusedVertexDragOffersTheCommandsRepair() {
        bench.active("area");
        bench.snapper.setMode(SnapMode.OFF);
        VertexEditTool tool = new VertexEditTool();
        // Dragging the top-left corner (400, 200) below the bottom edge makes the ring cross itself.
        bench.drag(tool, 400, 200, 450, 350);

        assertThat(bench.results).isEmpty();
        assertThat(tool.feedback().problem().offersRepair()).isTrue();
        assertThat(tool.acceptRepair(bench.context())).isTrue();
        Geometry stored = bench.lastEdit().changes().get(0).after().geometry();
        assertThat(stored.isValid()).isTrue();
        assertThat(stored.getNumGeometries()).isEqualTo(2);
    }
}
