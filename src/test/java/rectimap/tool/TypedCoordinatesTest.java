package rectimap.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import rectimap.model.GeometryKind;
import rectimap.model.LayerRole;

class TypedCoordinatesTest {
    private final ToolBench bench = new ToolBench()
            .layer("zone", GeometryKind.MULTIPOLYGON, LayerRole.PLANNING)
            .layer("segment", GeometryKind.LINESTRING, LayerRole.PLANNING)
            .active("zone");

    @Test
    void eastingNorthingInEpsg4546BecomesAPolygonInLonLat() throws Exception {
        TypedPoints points = TypedCoordinates.parse("""
                500000,3874600
                500100,3874600
                500100,3874700
                500000,3874700
                500000,3874600
                """);

        assertThat(points.crs()).isEqualTo(TypedCrs.EASTING_NORTHING);
        assertThat(ZhText.of(points.crs().notice())).contains("EPSG:4546");
        assertThat(points.display()).hasSize(4);
        assertThat(TypedCoordinates.emitInto(points, bench.context())).isEmpty();

        ToolResult.NewFeature drawn = (ToolResult.NewFeature) bench.results.get(0);
        Geometry expected = ToolBench.stored("MULTIPOLYGON (((500000 3874600, 500100 3874600, 500100 3874700,"
                + " 500000 3874700, 500000 3874600)))");
        assertThat(drawn.draft().geometry().equalsExact(expected, 1e-12)).isTrue();
    }

    @Test
    void lonLatIsStoredExactlyAsTyped() throws Exception {
        TypedPoints points = TypedCoordinates.parse("111.001 35.001\n111.002\t35.001\n111.002 35.002\n");

        assertThat(points.crs()).isEqualTo(TypedCrs.LON_LAT);
        TypedCoordinates.emitInto(points, bench.context());
        ToolResult.NewFeature drawn = (ToolResult.NewFeature) bench.results.get(0);
        assertThat(drawn.draft().geometry().equalsExact(new WKTReader().read(
                "MULTIPOLYGON (((111.001 35.001, 111.002 35.001, 111.002 35.002, 111.001 35.001)))"))).isTrue();
        assertThat(points.display().get(0).distanceTo(new DisplayPoint(500091.3, 3874703.7))).isLessThan(1);
    }

    @Test
    void surveyorsXyWithPointNamesAndChineseCommasAreReadNorthingFirst() throws Exception {
        TypedPoints points = TypedCoordinates.parse("""
                点号，X，Y
                J1，3874600，500000
                J2，3874600，500100
                J3，3874700，500100
                """);

        assertThat(points.crs()).isEqualTo(TypedCrs.NORTHING_EASTING);
        assertThat(points.display()).containsExactly(new DisplayPoint(500000, 3874600),
                new DisplayPoint(500100, 3874600), new DisplayPoint(500100, 3874700));
    }

    @Test
    void latLonAndZonedEastingsAreRecognised() throws Exception {
        assertThat(TypedCoordinates.parse("35.001,111.001\n35.002,111.002").crs()).isEqualTo(TypedCrs.LAT_LON);
        TypedPoints zoned = TypedCoordinates.parse("37500000,3874600\n37500100,3874600");
        assertThat(zoned.crs()).isEqualTo(TypedCrs.ZONED_EASTING_NORTHING);
        assertThat(zoned.display().get(1)).isEqualTo(new DisplayPoint(500100, 3874600));
    }

    @Test
    void aLineLayerGetsALine() throws Exception {
        bench.active("segment");
        TypedCoordinates.emitInto(TypedCoordinates.parse("500000,3874600\n500100,3874650"), bench.context());

        ToolResult.NewFeature drawn = (ToolResult.NewFeature) bench.results.get(0);
        assertThat(drawn.draft().geometry().equalsExact(
                ToolBench.stored("LINESTRING (500000 3874600, 500100 3874650)"), 1e-12)).isTrue();
    }

    @Test
    void mixedSystemsAndBadLinesNameTheLine() {
        assertThat(problem("500000,3874600\n500100,3874600\n111.002,35.002")).startsWith("第 3 行：")
                .contains("不一致").contains("EPSG:4546");
        assertThat(problem("111.001,35.001\n\n111.002")).startsWith("第 3 行：").contains("x,y 两个数");
        assertThat(problem("12,13")).contains("既不像经纬度");
        assertThat(problem("  \n")).isEqualTo("没有读到任何坐标");
        assertThatThrownBy(() -> TypedCoordinates.parse("12,13")).isInstanceOfSatisfying(
                TypedCoordinatesException.class, e -> assertThat(e.lineNumber()).isEqualTo(1));
    }

    @Test
    void inEnglishTheProblemsAndTheReadingAreEnglish() throws TypedCoordinatesException {
        rectimap.ui.tools.ToolTexts en = new rectimap.ui.tools.ToolTexts(
                new rectimap.ui.Messages(rectimap.ui.UiLanguage.EN));
        assertThatThrownBy(() -> TypedCoordinates.parse("500000,3874600\n500100,3874600\n111.002,35.002"))
                .isInstanceOfSatisfying(TypedCoordinatesException.class, e -> assertThat(en.text(e.text()))
                        .isEqualTo("Line 3: Not in the same coordinate system as the lines before (Read as CGCS2000"
                                + " Gauss-Krüger 3° zone 111°E (EPSG:4546, easting,northing, metres))"));
        assertThat(en.text(TypedCoordinates.parse("111.001,35.001\n111.002,35.002").crs().notice()))
                .isEqualTo("Read as lon/lat (longitude,latitude, EPSG:4490)");
    }

    private static String problem(String pasted) {
        try {
            TypedCoordinates.parse(pasted);
        } catch (TypedCoordinatesException e) {
            return ZhText.of(e.text());
        }
        throw new AssertionError("no problem found in " + pasted);
    }

    @Test
    void aCrossingRingOrTooFewPointsAreRefused() throws Exception {
        TypedPoints bowTie = TypedCoordinates.parse("500000,3874600\n500100,3874700\n500100,3874600\n500000,3874700");
        assertThat(ZhText.of(TypedCoordinates.emitInto(bowTie, bench.context()).orElseThrow().message())).contains("自相交");

        TypedPoints two = TypedCoordinates.parse("500000,3874600\n500100,3874700");
        assertThat(ZhText.of(TypedCoordinates.emitInto(two, bench.context()).orElseThrow().message())).contains("至少需要 3 个点");
        assertThat(bench.results).isEmpty();
    }
}
