package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.Measure;
import rectimap.model.ChangeApplier;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureRef;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;
import rectimap.model.Selection;

class SplitToolTest {
    // zone 1 covers screen (400..500, 200..300); zone 2 (550..650, 200..300).
    private final ToolBench bench = new ToolBench()
            .layer("zone", GeometryKind.POLYGON, LayerRole.PLANNING,
                    "POLYGON ((500000 3874600, 500100 3874600, 500100 3874700, 500000 3874700, 500000 3874600))",
                    "POLYGON ((500150 3874600, 500250 3874600, 500250 3874700, 500150 3874700, 500150 3874600))")
            .active("zone");
    private final SplitTool tool = new SplitTool();

    @Test
    void aLineAcrossTheSelectedPolygonSplitsItInOneStep() {
        bench.selection = Selection.of(List.of(new FeatureRef("zone", 1)));
        bench.snapper.setMode(SnapMode.OFF);
        // A vertical cut at screen x 430 (display 500030), from above to below the square.
        bench.click(tool, 430, 180);
        bench.doubleClick(tool, 430, 320);

        assertThat(bench.results).hasSize(1);
        ChangeSet step = bench.lastEdit();
        assertThat(step.name()).isEqualTo("拆分 zone-1 zone层");
        // The original is replaced by its parts: new ids, largest first, the original's attributes.
        assertThat(step.changes()).hasSize(3);
        FeatureChange removed = step.changes().get(0);
        FeatureChange larger = step.changes().get(1);
        FeatureChange smaller = step.changes().get(2);
        assertThat(removed.after()).isNull();
        assertThat(removed.featureId()).isEqualTo(1);
        assertThat(larger.featureId()).isEqualTo(3);
        assertThat(smaller.featureId()).isEqualTo(4);
        assertThat(smaller.after().get("name")).isEqualTo("zone-1");

        Geometry bigger = ToolBench.stored(
                "POLYGON ((500030 3874600, 500100 3874600, 500100 3874700, 500030 3874700, 500030 3874600))");
        Geometry lesser = ToolBench.stored(
                "POLYGON ((500000 3874600, 500030 3874600, 500030 3874700, 500000 3874700, 500000 3874600))");
        // The cut vertices lie on the stored (lon/lat) edge, within 0.1 mm of the display edge: 1e-8° ≈ 1 mm.
        assertThat(larger.after().geometry().norm().equalsExact(bigger.norm(), 1e-8))
                .as("%s vs %s", larger.after().geometry().norm(), bigger.norm()).isTrue();
        assertThat(smaller.after().geometry().norm().equalsExact(lesser.norm(), 1e-8)).isTrue();
        // The original corners are kept bit for bit.
        Geometry original = removed.before().geometry();
        assertThat(List.of(larger.after().geometry().getCoordinates()))
                .contains(original.getCoordinates()[1], original.getCoordinates()[2]);
        assertThat((Double) larger.after().get("area_m2")).isEqualTo(Measure.areaM2(larger.after().geometry()));

        bench.applyLast();
        assertThat(bench.project.layer("zone").orElseThrow().layer().features()).hasSize(3);
    }

    @Test
    void withNothingSelectedTheActiveLayersCrossedPolygonsAreSplit() {
        bench.snapper.setMode(SnapMode.OFF);
        // A horizontal cut through both zones at screen y 250.
        bench.click(tool, 380, 250);
        bench.click(tool, 680, 250);
        bench.key(tool, Key.ENTER);

        ChangeSet step = bench.lastEdit();
        assertThat(step.name()).isEqualTo("拆分 2 个要素");
        // Zone 1 → parts 3 and 4, then zone 2 → parts 5 and 6: ids never collide within the step.
        assertThat(step.changes()).extracting(FeatureChange::featureId).containsExactly(1L, 3L, 4L, 2L, 5L, 6L);
        bench.project = ChangeApplier.apply(bench.project, step);
        bench.project = ChangeApplier.apply(bench.project, step.inverse());
        assertThat(bench.project.layer("zone").orElseThrow().layer().features()).hasSize(2);
    }

    @Test
    void aLineThatStopsInsideIsRefused() {
        bench.selection = Selection.of(List.of(new FeatureRef("zone", 1)));
        bench.snapper.setMode(SnapMode.OFF);
        bench.click(tool, 430, 180);
        bench.doubleClick(tool, 430, 250);

        assertThat(bench.results).isEmpty();
        assertThat(ZhText.of(tool.feedback().problem().message())).contains("没有完整穿过 zone-1");
        assertThat(tool.state()).isEqualTo(DrawState.DRAWING);
    }
}
