package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.exchange.GdalPolygonShapefile;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.ui.MainWindow;

/**
 * File → 导入 into a NEW layer in the real window streams the file into the project (no whole-file read): a
 * GDAL-made GBK Shapefile of 3,000 parcels arrives with its Chinese names and shows in the layer panel; a
 * cancel in the middle of a 40,000-parcel import leaves the project file byte for byte as it was, and the window
 * goes on importing; a bad value in record 1,500 is named in Chinese (file, record, reason) and nothing is kept.
 */
class StreamedImportWindowTest {
    private static final long WAIT_SECONDS = 180;

    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aGbkShapefileOfThreeThousandParcelsBecomesANewLayerWithItsChineseNames(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Path shp = GdalPolygonShapefile.write(Files.createTempDirectory(sample.home(), "shp"), "测绘地块", 3_000);
        Path project = window.model().project().file();

        importThroughTheWizard(robot, shp, "3,000 条记录");
        robot.clickOn("#importRun");
        awaitResult(robot, "已从");
        assertThat(resultText(robot)).contains("已从 测绘地块.shp 导入 3,000 个要素到“测绘地块”", "新图层", "修复 0 个",
                "跳过 0 个", "缺少几何未导入 0 个");
        assertThat(robot.lookup("#importProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        awaitLayer("测绘地块");
        @SuppressWarnings("unchecked")
        ListView<MapLayer> list = robot.lookup("#layerList").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(l -> l.info().title()).contains("测绘地块");
        robot.clickOn("#importClose");

        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load("测绘地块");
            assertThat(layer.features()).hasSize(3_000);
            assertThat(layer.features()).extracting(f -> f.text("名称")).startsWith(GdalPolygonShapefile.nameOf(0),
                    GdalPolygonShapefile.nameOf(1), GdalPolygonShapefile.nameOf(2));
            Feature last = layer.features().get(2_999);
            assertThat(last.get("编号")).isEqualTo(3_000L);
        }
        assertThat(GdalTools.featureCounts(project)).containsEntry("测绘地块", 3_000L);
        assertThat(GdalTools.ogrinfo(project.toString(), "测绘地块", "-where",
                "\"名称\" = '" + GdalPolygonShapefile.nameOf(2_020) + "'").requireSuccess().output())
                .contains("Feature Count: 1").contains(GdalPolygonShapefile.nameOf(2_020));
    }

    @Test
    void aCancelInTheMiddleLeavesTheFileByteForByteAndTheWindowImportsAfterwards(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Path folder = Files.createTempDirectory(sample.home(), "shp");
        Path big = GdalPolygonShapefile.write(folder, "大批地块", 40_000);
        Path small = GdalPolygonShapefile.write(folder, "少量地块", 200);
        Path project = window.model().project().file();

        importThroughTheWizard(robot, big, "40,000 条记录");
        String before = sha256(project);
        ProgressBar bar = robot.lookup("#importProgress").queryAs(ProgressBar.class);
        Button cancel = robot.lookup("#importCancel").queryAs(Button.class);
        // Cancel as soon as the first features are reported written: the bar moved, the transaction is open.
        robot.interact(() -> bar.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1 && !cancel.isDisabled()) {
                cancel.fire();
            }
        }));
        robot.clickOn("#importRun");
        awaitResult(robot, "已取消导入");
        assertThat(resultText(robot)).contains("项目未作任何修改", "大批地块.shp");
        assertThat(sha256(project)).isEqualTo(before);
        assertThat(Files.exists(Path.of(project + "-journal"))).isFalse();
        assertThat(window.model().project().layer("大批地块")).isEmpty();
        robot.clickOn("#importClose");

        importThroughTheWizard(robot, small, "200 条记录");
        robot.clickOn("#importRun");
        awaitResult(robot, "已从");
        awaitLayer("少量地块");
        robot.clickOn("#importClose");
        assertThat(GdalTools.featureCounts(project)).containsEntry("少量地块", 200L).doesNotContainKey("大批地块");
    }

    @Test
    void aBadValueInRecord1500IsNamedInChineseAndTheFileIsUnchanged(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path shp = GdalPolygonShapefile.write(Files.createTempDirectory(sample.home(), "shp"), "坏地块", 3_000);
        GdalPolygonShapefile.spoilNumber(shp.resolveSibling("坏地块.dbf"), 1_499);
        Path project = window.model().project().file();

        importThroughTheWizard(robot, shp, "3,000 条记录");
        String before = sha256(project);
        robot.clickOn("#importRun");
        awaitResult(robot, "字段值有误");
        assertThat(resultText(robot)).startsWith("字段值有误：坏地块.dbf，第 1,500 条记录。").contains("编号", "x9x");
        assertThat(sha256(project)).isEqualTo(before);
        assertThat(robot.lookup("#importRun").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#importClose");
        assertThat(window.model().project().layer("坏地块")).isEmpty();
    }

    /** Opens the wizard on {@code file}, waits for its summary, goes to the last step (not yet run). */
    private void importThroughTheWizard(FxRobot robot, Path file, String summary) throws Exception {
        MainWindow window = sample.window();
        robot.interact(() -> window.exchange().importFile(file));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#importSummary").queryAs(Label.class).getText().contains(summary));
        robot.clickOn("#importNext");
        robot.clickOn("#importNext");
    }

    static void awaitResult(FxRobot robot, String start) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> resultText(robot).startsWith(start));
    }

    static String resultText(FxRobot robot) {
        return robot.lookup("#importResult").queryAs(Label.class).getText();
    }

    private void awaitLayer(String table) throws Exception {
        MainWindow window = sample.window();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> window.model().project() != null
                && window.model().project().layer(table).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
