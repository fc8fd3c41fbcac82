package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureRef;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;
import rectimap.model.Selection;

class MoveToolTest {
    // zone 1 covers screen (400..500, 200..300), zone 2 (550..650, 200..300).
    private final ToolBench bench = new ToolBench()
            .layer("zone", GeometryKind.POLYGON, LayerRole.PLANNING,
                    "POLYGON ((500000 3874600, 500100 3874600, 500100 3874700, 500000 3874700, 500000 3874600))",
                    "POLYGON ((500150 3874600, 500250 3874600, 500250 3874700, 500150 3874700, 500150 3874600))")
            .active("zone");
    private final MoveTool tool = new MoveTool();

    @Test
    void draggingTheSelectionMovesEveryOneOfItInOneStep() {
        bench.selection = Selection.of(List.of(new FeatureRef("zone", 1), new FeatureRef("zone", 2)));
        bench.snapper.setMode(SnapMode.OFF);
        bench.drag(tool, 450, 250, 470, 280);

        assertThat(bench.results).hasSize(1);
        ChangeSet step = bench.lastEdit();
        assertThat(step.name()).isEqualTo("移动 2 个zone层");
        Geometry first = step.changes().get(0).after().geometry();
        Geometry expected = ToolBench.stored(
                "POLYGON ((500020 3874570, 500120 3874570, 500120 3874670, 500020 3874670, 500020 3874570))");
        assertThat(first.equalsExact(expected, 1e-9)).isTrue();
        assertThat(step.changes().get(1).after().geometry().getEnvelopeInternal().getMinX())
                .isGreaterThan(step.changes().get(1).before().geometry().getEnvelopeInternal().getMinX());
        assertThat(tool.state()).isEqualTo(MoveState.IDLE);
    }

    @Test
    void pressingOutsideTheSelectionMovesNothing() {
        bench.selection = Selection.of(List.of(new FeatureRef("zone", 1)));
        bench.drag(tool, 600, 250, 620, 280);

        assertThat(bench.results).isEmpty();
        assertThat(ZhText.of(tool.feedback().status())).contains("已选中");
    }

    @Test
    void escapeDuringTheDragMovesNothing() {
        bench.selection = Selection.of(List.of(new FeatureRef("zone", 1)));
        bench.pointer(tool, PointerKind.PRESS, 450, 250);
        bench.pointer(tool, PointerKind.DRAG, 480, 250);
        assertThat(tool.state()).isEqualTo(MoveState.DRAGGING);
        assertThat(tool.feedback().rubberBand()).hasSize(1);
        bench.key(tool, Key.ESCAPE);
        bench.pointer(tool, PointerKind.RELEASE, 480, 250);

        assertThat(bench.results).isEmpty();
    }
}
