package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.geo.Measure;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;

class VertexEditToolTest {
    // Screen corners: (400,300) (500,300) (500,200) (400,200); 1 m per pixel.
    private static final String SQUARE =
            "POLYGON ((500000 3874600, 500100 3874600, 500100 3874700, 500000 3874700, 500000 3874600))";
    private final ToolBench bench = new ToolBench()
            .layer("marks", GeometryKind.POINT, LayerRole.REFERENCE, "POINT (500140 3874730)")
            .layer("zone", GeometryKind.POLYGON, LayerRole.PLANNING, SQUARE)
            .active("zone");
    private final VertexEditTool tool = new VertexEditTool();

    private static Coordinate lonLat(double x, double y) {
        return CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, Epsg.CGCS2000).apply(x, y);
    }

    @Test
    void aVertexDragIsOneStepThatKeepsTheOtherVerticesExactly() {
        Feature before = bench.feature("zone", 1);
        bench.snapper.setMode(SnapMode.OFF);
        bench.drag(tool, 500, 200, 530, 180);

        assertThat(bench.results).hasSize(1);
        ChangeSet step = bench.lastEdit();
        assertThat(step.name()).isEqualTo("编辑节点 zone-1 zone层");
        assertThat(step.changes()).hasSize(1);
        Geometry after = step.changes().get(0).after().geometry();
        Coordinate[] was = before.geometry().getCoordinates();
        Coordinate[] now = after.getCoordinates();
        assertThat(now[2].equals2D(lonLat(500130, 3874720), 1e-12)).isTrue();
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(now[i]).as("vertex %d", i).isEqualTo(was[i]);
        }
        assertThat((Double) step.changes().get(0).after().get("area_m2")).isEqualTo(Measure.areaM2(after));
        assertThat(tool.state()).isEqualTo(VertexEditState.IDLE);

        bench.applyLast();
        bench.project = ChangeApplier.apply(bench.project, step.inverse());
        assertThat(bench.feature("zone", 1)).isSameAs(before);
    }

    @Test
    void whileDraggingTheToolIsDraggingAndShowsTheMovedShape() {
        bench.pointer(tool, PointerKind.MOVE, 500, 200);
        bench.pointer(tool, PointerKind.PRESS, 500, 200);
        bench.pointer(tool, PointerKind.DRAG, 520, 190);

        assertThat(tool.state()).isEqualTo(VertexEditState.DRAGGING);
        assertThat(tool.feedback().rubberBand().get(0).getCoordinates()[2])
                .isEqualTo(new Coordinate(500120, 3874710));
        assertThat(bench.results).isEmpty();
        bench.key(tool, Key.ESCAPE);
        bench.pointer(tool, PointerKind.RELEASE, 520, 190);
        assertThat(bench.results).isEmpty();
    }

    @Test
    void aDraggedVertexSnapsToAnotherLayersVertex() {
        // The reference point is at screen (540, 170); the drag ends 5 px from it.
        bench.drag(tool, 500, 200, 536, 173);

        Geometry after = bench.lastEdit().changes().get(0).after().geometry();
        assertThat(after.getCoordinates()[2].equals2D(lonLat(500140, 3874730), 1e-9)).isTrue();
    }

    @Test
    void aClickOnASegmentInsertsAVertex() {
        bench.click(tool, 450, 302);

        Geometry after = bench.lastEdit().changes().get(0).after().geometry();
        assertThat(after.getNumPoints()).isEqualTo(6);
        assertThat(after.getCoordinates()[1].equals2D(lonLat(500050, 3874600), 1e-9)).isTrue();
        assertThat(bench.lastEdit().name()).isEqualTo("编辑节点 zone-1 zone层");
    }

    @Test
    void rightClickAndDeleteRemoveAVertexButNotBelowThree() {
        bench.pointer(tool, PointerKind.MOVE, 400, 200);
        tool.onPointer(new PointerEvent(PointerKind.PRESS, 400, 200, PointerButton.SECONDARY, java.util.Set.of()),
                bench.context());
        tool.onPointer(new PointerEvent(PointerKind.RELEASE, 400, 200, PointerButton.SECONDARY, java.util.Set.of()),
                bench.context());
        assertThat(bench.lastEdit().changes().get(0).after().geometry().getNumPoints()).isEqualTo(4);
        bench.applyLast();

        bench.pointer(tool, PointerKind.MOVE, 500, 200);
        bench.key(tool, Key.DELETE);

        assertThat(bench.results).hasSize(1);
        assertThat(ZhText.of(tool.feedback().problem().message())).contains("最少");
        assertThat(tool.feedback().problem().location()).isNotNull();
    }

    @Test
    void aDragThatMakesTheRingCrossItselfIsRefused() {
        bench.snapper.setMode(SnapMode.OFF);
        bench.drag(tool, 400, 200, 450, 350);

        assertThat(bench.results).isEmpty();
        assertThat(ZhText.of(tool.feedback().problem().message())).contains("自相交");
        // The new edge from (500100, 3874700) to (500050, 3874550) crosses the bottom edge at x = 500066.7.
        assertThat(tool.feedback().problem().location().distanceTo(new DisplayPoint(500066.67, 3874600)))
                .isLessThan(0.1);
    }

    @Test
    void aReferenceLayerIsNotEdited() {
        bench.active("marks");
        bench.drag(tool, 540, 170, 560, 170);

        assertThat(bench.results).isEmpty();
        assertThat(ZhText.of(tool.feedback().problem().message())).contains("只读");
    }
}
