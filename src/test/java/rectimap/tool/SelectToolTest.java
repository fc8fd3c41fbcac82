package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import rectimap.model.FeatureRef;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;
import rectimap.model.Selection;

class SelectToolTest {
    // Screen: the township covers (300..700, 100..500); zones 1 (400..500, 200..300) and 2 (550..650, 200..300).
    private final ToolBench bench = new ToolBench()
            .layer("township", GeometryKind.POLYGON, LayerRole.REFERENCE,
                    "POLYGON ((499900 3874400, 500300 3874400, 500300 3874800, 499900 3874800, 499900 3874400))")
            .layer("zone", GeometryKind.POLYGON, LayerRole.PLANNING,
                    "POLYGON ((500000 3874600, 500100 3874600, 500100 3874700, 500000 3874700, 500000 3874600))",
                    "POLYGON ((500150 3874600, 500250 3874600, 500250 3874700, 500150 3874700, 500150 3874600))");
    private final SelectTool tool = new SelectTool();

    private void shiftClick(double x, double y) {
        tool.onPointer(new PointerEvent(PointerKind.PRESS, x, y, PointerButton.PRIMARY, Set.of(Modifier.SHIFT)),
                bench.context());
        tool.onPointer(new PointerEvent(PointerKind.RELEASE, x, y, PointerButton.PRIMARY, Set.of(Modifier.SHIFT)),
                bench.context());
    }

    @Test
    void aClickSelectsTheTopMostFeature() {
        bench.click(tool, 450, 250);
        assertThat(bench.selection.features()).containsExactly(new FeatureRef("zone", 1));

        bench.click(tool, 350, 450);
        assertThat(bench.selection.features()).containsExactly(new FeatureRef("township", 1));

        bench.click(tool, 50, 50);
        assertThat(bench.selection.isEmpty()).isTrue();
    }

    @Test
    void shiftClickAddsAndTogglesOff() {
        bench.click(tool, 450, 250);
        shiftClick(600, 250);
        assertThat(bench.selection.features()).containsExactly(new FeatureRef("zone", 1), new FeatureRef("zone", 2));

        shiftClick(450, 250);
        assertThat(bench.selection.features()).containsExactly(new FeatureRef("zone", 2));
    }

    @Test
    void hiddenLayersAreNotSelected() {
        bench.project = bench.project.withLayers(java.util.List.of(bench.project.layers().get(0),
                bench.project.layers().get(1).withVisible(false)));
        bench.click(tool, 450, 250);
        assertThat(bench.selection.features()).containsExactly(new FeatureRef("township", 1));
    }

    @Test
    void aBoxSelectsWhatItMeetsAndShiftAdds() {
        // Hide the township, which any box inside it would meet.
        bench.project = bench.project.withLayers(java.util.List.of(bench.project.layers().get(0).withVisible(false),
                bench.project.layers().get(1)));
        bench.pointer(tool, PointerKind.PRESS, 380, 180);
        bench.pointer(tool, PointerKind.DRAG, 420, 220);
        assertThat(tool.state()).isEqualTo(SelectState.BOXING);
        assertThat(tool.feedback().rubberBand()).hasSize(1);
        bench.pointer(tool, PointerKind.RELEASE, 420, 220);
        assertThat(bench.selection.features()).containsExactly(new FeatureRef("zone", 1));
        assertThat(tool.state()).isEqualTo(SelectState.IDLE);

        tool.onPointer(new PointerEvent(PointerKind.PRESS, 560, 320, PointerButton.PRIMARY, Set.of(Modifier.SHIFT)),
                bench.context());
        tool.onPointer(new PointerEvent(PointerKind.DRAG, 700, 150, PointerButton.PRIMARY, Set.of(Modifier.SHIFT)),
                bench.context());
        tool.onPointer(new PointerEvent(PointerKind.RELEASE, 700, 150, PointerButton.PRIMARY,
                Set.of(Modifier.SHIFT)), bench.context());
        assertThat(bench.selection.features()).containsExactly(new FeatureRef("zone", 1), new FeatureRef("zone", 2));

        // Between the zones (510..540) the box meets neither: without Shift it clears the selection.
        bench.drag(tool, 510, 150, 540, 350);
        assertThat(bench.selection).isEqualTo(Selection.empty());
    }
}
