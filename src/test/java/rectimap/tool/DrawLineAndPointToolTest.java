package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.Measure;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;

class DrawLineAndPointToolTest {
    private final ToolBench bench = new ToolBench()
            .layer("segment", GeometryKind.MULTILINESTRING, LayerRole.PLANNING)
            .layer("site", GeometryKind.POINT, LayerRole.PLANNING)
            .layer("township", GeometryKind.POLYGON, LayerRole.REFERENCE);

    @Test
    void aLineIsDrawnIntoAMultiLineLayer() {
        bench.active("segment");
        DrawLineTool tool = new DrawLineTool();
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 100);
        bench.pointer(tool, PointerKind.MOVE, 300, 300);
        double liveM = Measure.lengthM(ToolBench.stored("LINESTRING (499700 3874800, 499900 3874800, 499900 3874600)"));
        assertThat(tool.feedback().status()).isEqualTo(MeasureText.length(liveM));
        bench.doubleClick(tool, 300, 300);

        ToolResult.NewFeature drawn = (ToolResult.NewFeature) bench.results.get(0);
        Geometry expected = ToolBench.stored(
                "MULTILINESTRING ((499700 3874800, 499900 3874800, 499900 3874600))");
        assertThat(drawn.draft().geometry().equalsExact(expected, 1e-12)).isTrue();
        assertThat(drawn.draft().id()).isEqualTo(1);
    }

    @Test
    void aLineOfOneVertexIsRefused() {
        bench.active("segment");
        DrawLineTool tool = new DrawLineTool();
        bench.doubleClick(tool, 100, 100);

        assertThat(bench.results).isEmpty();
        assertThat(ZhText.of(tool.feedback().problem().message())).contains("至少需要 2 个顶点");
    }

    @Test
    void aClickPlacesAPoint() {
        bench.active("site");
        DrawPointTool tool = new DrawPointTool();
        bench.click(tool, 200, 150);

        ToolResult.NewFeature drawn = (ToolResult.NewFeature) bench.results.get(0);
        assertThat(drawn.draft().geometry().equalsExact(ToolBench.stored("POINT (499800 3874750)"), 1e-12)).isTrue();
    }

    @Test
    void aPolygonIsNotDrawnIntoAPointLayerNorAReferenceLayer() {
        bench.active("site");
        DrawPolygonTool tool = new DrawPolygonTool();
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 100);
        bench.doubleClick(tool, 300, 300);
        assertThat(ZhText.of(tool.feedback().problem().message())).contains("不能存放面");

        bench.active("township");
        bench.key(tool, Key.ENTER);
        assertThat(ZhText.of(tool.feedback().problem().message())).contains("只读");
        assertThat(bench.results).isEmpty();
    }

    @Test
    void theMeasureToolKeepsTheFinishedAreaAndEmitsNothing() {
        MeasureTool tool = new MeasureTool(MeasureMode.AREA);
        bench.click(tool, 100, 100);
        bench.click(tool, 300, 100);
        bench.doubleClick(tool, 300, 300);

        Geometry ring = ToolBench.stored("POLYGON ((499700 3874800, 499900 3874800, 499900 3874600, 499700 3874800))");
        assertThat(ZhText.of(tool.lastMeasurement())).startsWith(ZhText.of(MeasureText.area(Measure.areaM2(ring))));
        assertThat(ZhText.of(tool.lastMeasurement())).contains("周长 " + ZhText.of(MeasureText.metres(Measure.lengthM(ring))));
        assertThat(tool.feedback().status()).isEqualTo(tool.lastMeasurement());
        assertThat(tool.state()).isEqualTo(DrawState.IDLE);
        assertThat(bench.results).isEmpty();
    }
}
