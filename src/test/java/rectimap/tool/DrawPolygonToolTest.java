package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import rectimap.edit.CommandRefused;
import rectimap.edit.OverlapPolicy;
import rectimap.geo.Measure;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;

class DrawPolygonToolTest {
    private final ToolBench bench = new ToolBench()
            .layer("zone", GeometryKind.POLYGON, LayerRole.PLANNING,
                    "POLYGON ((499000 3874000, 499010 3874000, 499010 3874010, 499000 3874000))")
            .active("zone");
    private final DrawPolygonTool tool = new DrawPolygonTool();

    @Test
    void clicksAndADoubleClickMakeANewFeatureInLonLat() throws CommandRefused {
        // Screen (100,100) is display (499700, 3874800) at 1 m per pixel on an 800×600 surface centred on 500000.
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 100);
        bench.click(tool, 300, 250);
        assertThat(tool.state()).isEqualTo(DrawState.DRAWING);
        bench.doubleClick(tool, 100, 250);

        assertThat(tool.state()).isEqualTo(DrawState.IDLE);
        assertThat(bench.results).hasSize(1);
        ToolResult.NewFeature drawn = (ToolResult.NewFeature) bench.results.get(0);
        Geometry expected = ToolBench.stored("POLYGON ((499700 3874800, 499900 3874800, 499900 3874650,"
                + " 499700 3874650, 499700 3874800))");
        assertThat(drawn.draft().geometry().equalsExact(expected, 1e-12))
                .as("%s vs %s", drawn.draft().geometry(), expected).isTrue();
        assertThat(drawn.draft().geometry().getSRID()).isEqualTo(4490);
        assertThat(drawn.draft().id()).isEqualTo(2);
        assertThat((Double) drawn.draft().get("area_m2")).isEqualTo(Measure.areaM2(expected));
        assertThat(drawn.draft().get("name")).isNull();

        // The attribute form confirmed: the add command makes the step, its geometry the one drawn.
        ChangeSet step = bench.context().basis()
                .build(drawn.command(Map.of("name", "新区"), OverlapPolicy.AVOID)).changes();
        FeatureChange added = step.changes().get(0);
        assertThat(added.before()).isNull();
        assertThat(added.tableName()).isEqualTo("zone");
        assertThat(added.after().id()).isEqualTo(2);
        assertThat(added.after().geometry().equalsExact(expected, 1e-12)).isTrue();
        assertThat(step.name()).isEqualTo("新建 新区 zone层");
    }

    @Test
    void enterFinishesAndBackspaceRemovesTheLastVertex() {
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 100);
        bench.click(tool, 300, 250);
        bench.click(tool, 250, 500);
        bench.key(tool, Key.BACKSPACE);
        assertThat(tool.vertices()).hasSize(3);
        bench.key(tool, Key.ENTER);

        Geometry expected = ToolBench.stored("POLYGON ((499700 3874800, 499900 3874800, 499900 3874650,"
                + " 499700 3874800))");
        ToolResult.NewFeature drawn = (ToolResult.NewFeature) bench.results.get(0);
        assertThat(drawn.draft().geometry().equalsExact(expected, 1e-12)).isTrue();
    }

    @Test
    void escapeCancelsWithoutAResult() {
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 100);
        bench.key(tool, Key.ESCAPE);

        assertThat(tool.state()).isEqualTo(DrawState.IDLE);
        assertThat(tool.feedback().rubberBand()).isEmpty();
        bench.key(tool, Key.ENTER);
        assertThat(bench.results).isEmpty();
    }

    @Test
    void tooFewVerticesAreRefusedAndKept() {
        bench.click(tool, 100, 100);
        bench.doubleClick(tool, 300, 100);

        assertThat(bench.results).isEmpty();
        assertThat(tool.state()).isEqualTo(DrawState.DRAWING);
        assertThat(ZhText.of(tool.feedback().problem().message())).contains("至少需要 3 个顶点");
        assertThat(tool.feedback().problem().location()).isEqualTo(new DisplayPoint(499900, 3874800));
    }

    @Test
    void aSelfIntersectingRingIsRefusedAtTheCrossing() {
        // A bow tie: its edges cross at screen (200, 200), display (499800, 3874700).
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 300);
        bench.click(tool, 300, 100);
        bench.click(tool, 100, 300);
        bench.key(tool, Key.ENTER);

        assertThat(bench.results).isEmpty();
        ToolProblem problem = tool.feedback().problem();
        assertThat(ZhText.of(problem.message())).contains("自相交");
        assertThat(problem.location().distanceTo(new DisplayPoint(499800, 3874700))).isLessThan(1e-6);

        bench.key(tool, Key.BACKSPACE);
        bench.click(tool, 100, 300);
        assertThat(tool.feedback().problem()).isNull();
    }

    @Test
    void liveAreaIsTheEllipsoidalAreaOfTheRubberBand() {
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 100);
        bench.click(tool, 300, 250);
        bench.pointer(tool, PointerKind.MOVE, 100, 250);

        Geometry band = ToolBench.stored("POLYGON ((499700 3874800, 499900 3874800, 499900 3874650,"
                + " 499700 3874650, 499700 3874800))");
        double areaM2 = Measure.areaM2(band);
        assertThat(areaM2).isBetween(29_900.0, 30_100.0);
        assertThat(ZhText.of(tool.feedback().status())).isEqualTo(String.format(Locale.ROOT, "面积 %,.1f 亩（%,.2f 公顷）",
                areaM2 / (10_000.0 / 15.0), areaM2 / 10_000.0));
        assertThat(tool.feedback().handles()).hasSize(3);
        assertThat(tool.feedback().rubberBand()).hasSize(1);
    }

    @Test
    void withTwoVerticesTheStatusShowsTheLength() {
        bench.click(tool, 100, 100);
        bench.pointer(tool, PointerKind.MOVE, 100, 300);

        double lengthM = Measure.lengthM(ToolBench.stored("LINESTRING (499700 3874800, 499700 3874600)"));
        assertThat(ZhText.of(tool.feedback().status())).isEqualTo(String.format(Locale.ROOT, "长度 %,.1f 米", lengthM));
    }

    @Test
    void withoutAnActiveLayerTheToolSaysSo() {
        bench.active(null);
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 100);
        bench.click(tool, 300, 250);
        bench.key(tool, Key.ENTER);

        assertThat(bench.results).isEmpty();
        assertThat(ZhText.of(tool.feedback().status())).contains("选择要绘制的图层");
    }
}
