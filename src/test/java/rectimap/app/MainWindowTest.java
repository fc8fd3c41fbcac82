package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.MapLayer;
import rectimap.render.Viewport;
import rectimap.ui.MainWindow;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;
import rectimap.campaign.identify.IdentifyRow;
import rectimap.ui.identify.IdentifyView;

/** The real main window on the built-in sample, driven headless (Monocle) like a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    static final Path SAMPLE = Path.of("maps", "yanhu-sample.gpkg");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new Messages(UiLanguage.ZH), new GeoPackageProjectLoader(), SAMPLE);
        stage.show();
        window.open(SAMPLE);
    }

    private void awaitProject() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().project() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.mapView().framesPainted() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensTheSampleWithAllLayersAndTheSchematicBadge(FxRobot robot) throws Exception {
        awaitProject();
        ListView<?> layers = robot.lookup("#layerList").queryListView();
        assertThat(layers.getItems()).hasSize(window.model().project().layers().size()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(robot.lookup("#schematicBadge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#schematicBadge").queryAs(Label.class).getText()).isEqualTo("示意");
        assertThat(robot.lookup("#statusScale").queryAs(Label.class).getText()).startsWith("比例尺 1:");
        assertThat(window.stage().getTitle()).contains("城乡环境整治一张图");
    }

    @Test
    void wheelZoomsAtTheCursorAndDragPans(FxRobot robot) throws Exception {
        awaitProject();
        double before = window.model().scaleDenominator();
        String scaleBefore = robot.lookup("#statusScale").queryAs(Label.class).getText();
        robot.moveTo("#mapCanvas").scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double after = window.model().scaleDenominator();
        assertThat(after).isNotEqualTo(before);
        assertThat(robot.lookup("#statusScale").queryAs(Label.class).getText()).isNotEqualTo(scaleBefore);

        Viewport beforePan = window.model().viewport();
        robot.drag("#mapCanvas", MouseButton.PRIMARY).dropBy(120, 60);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport afterPan = window.model().viewport();
        assertThat(afterPan.centerX()).isLessThan(beforePan.centerX());
        assertThat(afterPan.centerY()).isGreaterThan(beforePan.centerY());
        assertThat(afterPan.metresPerPixel()).isEqualTo(beforePan.metresPerPixel());
    }

    @Test
    void keysAndFullExtentNavigate(FxRobot robot) throws Exception {
        awaitProject();
        double full = window.model().scaleDenominator();
        robot.clickOn("#mapCanvas").type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().scaleDenominator()).isLessThan(full);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().scaleDenominator()).isCloseTo(full, org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void typedScaleZoomsThere(FxRobot robot) throws Exception {
        awaitProject();
        robot.clickOn("#scaleBox").eraseText(20).write("1:50000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().scaleDenominator()).isCloseTo(50_000, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void clickingAVillageIdentifiesItWithCodeAndChineseFields(FxRobot robot) throws Exception {
        awaitProject();
        Feature village = village("140802101207");
        robot.interact(() -> window.model().zoomToScale(40_000));
        Coordinate grid = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E)
                .apply(village.geometry().getCoordinate().x, village.geometry().getCoordinate().y);
        robot.interact(() -> window.model().setViewport(window.model().viewport().centredOn(grid.x, grid.y)));
        WaitForAsyncUtils.waitForFxEvents();
        Viewport view = window.model().viewport();
        Point2D onCanvas = new Point2D(view.toScreenX(grid.x), view.toScreenY(grid.y));
        Point2D onScreen = robot.lookup("#mapCanvas").query().localToScreen(onCanvas);
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();

        Screenshots.save(robot, window.stage(), "identify-leijiapo");
        IdentifyView panel = robot.lookup("#identifyPanel").queryAs(IdentifyView.class);
        assertThat(panel.rows()).contains(new IdentifyRow("区划代码", "140802101207"),
                new IdentifyRow("名称", "雷家坡村委会"), new IdentifyRow("所属乡镇", "龙居镇"));
        assertThat(window.model().highlights()).containsExactly(new FeatureRef("village", village.id()));
    }

    @Test
    void searchingLeijiapoZoomsThereAndHighlightsIt(FxRobot robot) throws Exception {
        awaitProject();
        robot.clickOn("#searchBox").write("雷家坡");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, window.stage(), "search-leijiapo");
        Feature village = village("140802101207");
        assertThat(window.model().highlights()).containsExactly(new FeatureRef("village", village.id()));
        Coordinate grid = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E)
                .apply(village.geometry().getCoordinate().x, village.geometry().getCoordinate().y);
        assertThat(window.model().viewport().visibleExtent().contains(grid)).isTrue();
        assertThat(window.model().scaleDenominator()).isLessThanOrEqualTo(10_001);
    }

    @Test
    void clickingASuggestionPicksThatPlace(FxRobot robot) throws Exception {
        awaitProject();
        robot.clickOn("#searchBox").write("西张耿");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#suggestion-0").tryQuery().isPresent());
        assertThat(robot.lookup("#suggestion-0").queryAs(javafx.scene.control.Labeled.class).getText())
                .startsWith("西张耿村委会 · 龙居镇");
        robot.clickOn("#suggestion-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().highlights()).containsExactly(
                new FeatureRef("village", village("140802101216").id()));
    }

    @Test
    void enterPicksSearchAfterSearchAndArrowsChooseAnother(FxRobot robot) throws Exception {
        awaitProject();
        robot.clickOn("#searchBox").write("西张耿").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().highlights()).containsExactly(
                new FeatureRef("village", village("140802101216").id()));
        robot.clickOn("#searchBox").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).write("雷家坡").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().highlights()).containsExactly(
                new FeatureRef("village", village("140802101207").id()));
        robot.clickOn("#searchBox").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).write("张耿").type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // 下张耿 comes first, 西张耿 second: two steps down marks the second.
        assertThat(window.model().highlights()).containsExactly(
                new FeatureRef("village", village("140802101216").id()));
    }

    @Test
    void hidingALayerRemovesItFromTheMap(FxRobot robot) throws Exception {
        awaitProject();
        robot.clickOn("#layerVisible-village");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().visibleLayers()).extracting(MapLayer::tableName).doesNotContain("village");
        assertThat(window.model().project().layer("village").orElseThrow().visible()).isFalse();
    }

    @Test
    void draggingALayerReordersTheMapAndOpacityAndZoomToLayerApply(FxRobot robot) throws Exception {
        awaitProject();
        ListView<MapLayer> list = robot.lookup("#layerList").queryListView();
        String top = list.getItems().get(0).tableName();
        String second = list.getItems().get(1).tableName();
        robot.drag(robot.lookup("#layerVisible-" + second).queryAs(javafx.scene.Node.class), MouseButton.PRIMARY)
                .dropTo(robot.lookup("#layerVisible-" + top).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        if (list.getItems().get(0).tableName().equals(top)) {
            // Monocle's headless robot does not start platform drag-and-drop; move as the drop handler would.
            robot.interact(() -> ((rectimap.ui.layers.LayerPanelView) robot.lookup("#layerPanel").query()).move(1, 0));
        }
        java.util.List<MapLayer> drawing = window.model().project().layers();
        assertThat(drawing.get(drawing.size() - 1).tableName()).isEqualTo(second);
        assertThat(window.model().renderLayersInOrder().get(drawing.size() - 1).tableName()).isEqualTo(second);

        robot.interact(() -> ((rectimap.ui.layers.LayerPanelView) robot.lookup("#layerPanel").query())
                .show(window.model().project().layers()));
        javafx.scene.control.Slider opacity = robot.lookup("#layerOpacity-township").queryAs(
                javafx.scene.control.Slider.class);
        robot.interact(() -> {
            opacity.setValue(0.4);
            opacity.setValueChanging(true);
            opacity.setValueChanging(false);
        });
        assertThat(window.model().project().layer("township").orElseThrow().opacity()).isEqualTo(0.4);

        robot.interact(() -> window.model().zoomToLayer("salt_lake"));
        org.locationtech.jts.geom.Envelope lake = window.model().renderLayer("salt_lake").extent();
        assertThat(window.model().viewport().visibleExtent().contains(lake)).isTrue();
        assertThat(window.model().viewport().visibleExtent().getWidth()).isLessThan(lake.getWidth() * 1.5);
    }

    private Feature village(String code) {
        return window.model().project().layer("village").orElseThrow().layer().features().stream()
                .filter(f -> f.text("code").equals(code)).findFirst().orElseThrow();
    }
}
