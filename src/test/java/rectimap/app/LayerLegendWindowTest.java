package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.model.style.LegendRow;
import rectimap.model.style.Rgba;
import rectimap.model.style.Symbolizer;
import rectimap.render.Viewport;
import rectimap.ui.MainWindow;
import rectimap.ui.map.MapOverlay;

/**
 * The layer panel as a legend, in the real window on the sample: classified layers open to their classes with swatches
 * drawn from the style the map uses (roads by level, cases by traffic light), and close again; the analysis overlays
 * are listed and switch off without an undo step; the coverage gaps never repaint a cadre zone's own blue outline.
 */
class LayerLegendWindowTest {
    private static final String CASES = "supervision_case";
    private static final String AREAS = "responsibility_area";
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    private void awaitCoverage() throws Exception {
        MainWindow window = sample.window();
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.model().coverageOverlay().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<String> legendTitles(FxRobot robot, String table) {
        List<String> titles = new ArrayList<>();
        for (int n = 0; robot.lookup("#legendRow-" + table + "-" + n).tryQuery().isPresent(); n++) {
            HBox row = robot.lookup("#legendRow-" + table + "-" + n).query();
            titles.add(((Label) row.getChildren().get(1)).getText());
        }
        return titles;
    }

    @Test
    void classifiedLayersOpenToTheirClassesWithTheMapsOwnSwatches(FxRobot robot, MainWindow window) throws Exception {
        awaitCoverage();
        assertThat(robot.lookup("#layerLegend-road").tryQuery()).isEmpty();

        robot.clickOn("#layerLegendToggle-road");
        WaitForAsyncUtils.waitForFxEvents();
        List<LegendRow> roadRows = window.model().renderLayer("road").mapLayer().style().legendRows();
        assertThat(legendTitles(robot, "road")).containsExactly("高速公路", "国道", "省道", "县道", "乡道", "村道");
        for (int n = 0; n < roadRows.size(); n++) {
            Symbolizer level = roadRows.get(n).symbol();
            // A line under a pixel wide (村道, 0.2 mm) is blended with the paper on any screen: its colour never shows.
            if (level.strokeWidthMm() * 96 / 25.4 >= 1) {
                assertThat(swatchHas(robot, "#legendSwatch-road-" + n, level.stroke()))
                        .as("swatch of %s", roadRows.get(n).title()).isTrue();
            }
        }

        robot.clickOn("#layerLegendToggle-" + CASES);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lights = legendTitles(robot, CASES);
        assertThat(lights).isNotEmpty().isSubsetOf("逾期", "临期", "按期", "已办结").doesNotHaveDuplicates();
        assertThat(lights).containsExactlyElementsOf(window.model().renderLayer(CASES).mapLayer().style()
                .legendRows().stream().map(LegendRow::title).toList());
        for (int n = 0; n < lights.size(); n++) {
            Symbolizer drawn = window.model().renderLayer(CASES).mapLayer().style().legendRows().get(n).symbol();
            assertThat(swatchHas(robot, "#legendSwatch-" + CASES + "-" + n, drawn.fill())).isTrue();
        }
        assertThat(robot.lookup("#layerSwatch-road_responsibility").tryQuery()).isPresent();
        robot.clickOn("#legendOpenAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#layerLegend-road").tryQuery()).isEmpty();
        assertThat(robot.lookup("#layerLegend-" + CASES).tryQuery()).isEmpty();

        robot.clickOn("#legendOpenAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#layerLegend-" + CASES).tryQuery()).isPresent();
        Screenshots.save(robot, window.stage(), "layer-legend-open");
        robot.clickOn("#layerLegendToggle-" + CASES);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#layerLegend-" + CASES).tryQuery()).isEmpty();
    }

    @Test
    void overlaysAreListedAndSwitchOffWithoutAStep(FxRobot robot, MainWindow window) throws Exception {
        awaitCoverage();
        int steps = window.editing().session().orElseThrow().history().steps().size();
        MapLayer overlay = window.model().coverageOverlay().orElseThrow();
        assertThat(robot.lookup("#overlayVisible-coverage_problem").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(legendTitles(robot, "coverage_problem")).contains("空白", "重叠");
        assertThat(window.model().paintedLayersInOrder()).extracting(l -> l.mapLayer()).contains(overlay);

        robot.clickOn("#overlayVisible-coverage_problem");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().overlayShown(MapOverlay.COVERAGE)).isFalse();
        assertThat(window.model().paintedLayersInOrder()).extracting(l -> l.mapLayer()).doesNotContain(overlay);

        FeatureRef village = new FeatureRef("village", window.model().project().layer("village").orElseThrow()
                .layer().features().get(0).id());
        robot.interact(() -> window.model().highlight(Set.of(village)));
        assertThat(window.model().paintedHighlights()).containsExactly(village);
        robot.clickOn("#overlayVisible-highlight");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().paintedHighlights()).isEmpty();
        assertThat(window.model().highlights()).containsExactly(village);

        robot.clickOn("#overlayVisible-coverage_problem");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().overlayShown(MapOverlay.COVERAGE)).isTrue();
        assertThat(window.editing().session().orElseThrow().history().steps()).hasSize(steps);
    }

    @Test
    void withTheGapOverlayOnACadreZonesOutlineKeepsItsOwnBlue(FxRobot robot, MainWindow window) throws Exception {
        awaitCoverage();
        Coordinate onOutline = sharedEdgePoint();
        robot.interact(() -> window.model().setViewport(window.model().viewport()
                .centredOn(onOutline.x, onOutline.y).atScale(10_000, 96)));
        Viewport view = window.model().viewport();
        int x = (int) Math.round(view.toScreenX(onOutline.x));
        int y = (int) Math.round(view.toScreenY(onOutline.y));

        Color withGaps = mapPixel(robot, x, y);
        Screenshots.save(robot, window.stage(), "layer-legend-gap-outline");
        robot.clickOn("#overlayVisible-coverage_problem");
        Color withoutGaps = mapPixel(robot, x, y);

        Rgba blue = window.model().renderLayer(AREAS).mapLayer().style().classes()
                .get(ResponsibilityAreaSchema.KIND_CADRE_VILLAGE).stroke();
        assertThat(withGaps.getBlue()).as("outline pixel %s", withGaps)
                .isGreaterThan(withGaps.getRed() + 0.2).isGreaterThan(withGaps.getGreen());
        assertThat(distance(withGaps, withoutGaps)).as("%s with the gaps, %s without", withGaps, withoutGaps)
                .isLessThan(0.06);
        assertThat(distance(withoutGaps, Color.rgb(blue.red(), blue.green(), blue.blue()))).isLessThan(0.2);
    }

    /**
     * A point (display metres) in the middle of the longest edge a 乡镇干部包村 zone shares with a coverage gap, away
     * from the township outline (where other outlines are drawn too).
     */
    private Coordinate sharedEdgePoint() {
        MainWindow window = sample.window();
        CrsTransform toDisplay = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
        List<Geometry> gaps = window.model().coverageOverlay().orElseThrow().layer().features().stream()
                .filter(f -> "GAP".equals(f.text("kind"))).map(f -> toDisplay.apply(f.geometry())).toList();
        List<LineString> edges = new ArrayList<>();
        for (Feature zone : window.model().project().layer(AREAS).orElseThrow().layer().features()) {
            if (!ResponsibilityAreaSchema.KIND_CADRE_VILLAGE.equals(zone.text("kind"))) {
                continue;
            }
            Geometry outline = toDisplay.apply(zone.geometry()).getBoundary();
            for (Geometry gap : gaps) {
                Geometry shared = outline.intersection(gap.buffer(0.5));
                for (int i = 0; i < shared.getNumGeometries(); i++) {
                    if (shared.getGeometryN(i) instanceof LineString line) {
                        edges.add(line);
                    }
                }
            }
        }
        LineString longest = edges.stream().max(Comparator.comparingDouble(Geometry::getLength)).orElseThrow();
        assertThat(longest.getLength()).isGreaterThan(200);
        return new LengthIndexedLine(longest).extractPoint(longest.getLength() / 2);
    }

    /** The bluest pixel of the map canvas next to ({@code x}, {@code y}), once the map has painted. */
    private Color mapPixel(FxRobot robot, int x, int y) throws java.util.concurrent.TimeoutException {
        // The outline's centre may fall between two pixel rows: take the bluest pixel of the 5 × 5 around the point.
        PixelReader pixels = sample.crispMap(robot).getPixelReader();
        Color bluest = pixels.getColor(x, y);
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                Color c = pixels.getColor(x + dx, y + dy);
                if (c.getBlue() - c.getRed() > bluest.getBlue() - bluest.getRed()) {
                    bluest = c;
                }
            }
        }
        return bluest;
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()),
                Math.abs(a.getBlue() - b.getBlue())));
    }

    /** Whether the swatch canvas shows a pixel within a few steps of {@code colour}. */
    private static boolean swatchHas(FxRobot robot, String id, Rgba colour) {
        Node node = robot.lookup(id).query();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = ((Canvas) node).snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < (int) image[0].getHeight(); y++) {
            for (int x = 0; x < (int) image[0].getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() * 255 - colour.red()) < 12 && Math.abs(c.getGreen() * 255 - colour.green()) < 12
                        && Math.abs(c.getBlue() * 255 - colour.blue()) < 12) {
                    return true;
                }
            }
        }
        return false;
    }
}
