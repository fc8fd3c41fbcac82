package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.ui.MainWindow;

/**
 * The import wizard in the real window: a GeoJSON GDAL wrote from a CSV with Chinese names is imported as a new
 * layer through File → 导入 (source → target → invalid-geometry choice → import); the layer panel then lists it
 * and the project file holds it with its Chinese values.
 */
class ImportWizardTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aGdalMadeGeoJsonBecomesANewLayerInTheLayerPanel(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path csv = sample.home().resolve("卫生点.csv");
        Files.writeString(csv, """
                WKT,name,person,since
                "POINT (110.95 35.02)",解州镇卫生院,张三,2026-03-02
                "POINT (111.01 35.05)",北相镇垃圾站,李四,2026-04-15
                """, StandardCharsets.UTF_8);
        Path geojson = sample.home().resolve("卫生点.geojson");
        GdalTools.ogr2ogr("-f", "GeoJSON", geojson.toString(), csv.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:4490").requireSuccess();
        Path project = window.model().project().file();

        robot.interact(() -> window.exchange().importFile(geojson));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#importSummary").queryAs(Label.class).getText().contains("2 条记录"));
        assertThat(ImportWizardSteps.finish(robot, "已从"))
                .contains("已从 卫生点.geojson 导入 2 个要素到“卫生点”", "修复 0 个", "跳过 0 个");
        ImportWizardSteps.awaitLayer(window, "卫生点");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<MapLayer> list = robot.lookup("#layerList").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(l -> l.info().title()).contains("卫生点");
        robot.clickOn("#importClose");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load("卫生点");
            assertThat(layer.features()).extracting(f -> f.text("name")).containsExactly("解州镇卫生院", "北相镇垃圾站");
        }
    }

    /**
     * A GBK Shapefile as an office sends it: written by ogr2ogr, then the .cpg deleted and the language-driver byte
     * zeroed, so only the content tells the encoding. The source step finds it sure (only GB18030 decodes), so no
     * pick is asked for; the Chinese names arrive intact in the new layer. The UNSURE path is EncodingPreviewTextTest.
     */
    @Test
    void aGbkShapefileWithoutCpgOrLanguageDriverImportsWithItsChineseNames(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Path folder = Files.createTempDirectory(sample.home(), "shp");
        Path geojson = folder.resolve("in.geojson");
        Files.writeString(geojson, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"名称":"解州镇垃圾站","责任人":"张三"},
                 "geometry":{"type":"Point","coordinates":[110.95,35.02]}},
                {"type":"Feature","properties":{"名称":"北相镇公厕","责任人":"李四"},
                 "geometry":{"type":"Point","coordinates":[111.01,35.05]}}]}
                """, StandardCharsets.UTF_8);
        Path shp = folder.resolve("环卫点.shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", "-lco", "ENCODING=CP936", "-a_srs", "EPSG:4490", shp.toString(),
                geojson.toString()).requireSuccess();
        Files.delete(folder.resolve("环卫点.cpg"));
        try (FileChannel dbf = FileChannel.open(folder.resolve("环卫点.dbf"), StandardOpenOption.WRITE)) {
            dbf.write(ByteBuffer.wrap(new byte[] {0}), 29);
        }
        Path project = window.model().project().file();

        robot.interact(() -> window.exchange().importFile(shp));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#importSummary").queryAs(Label.class).getText().contains("2 条记录"));
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("名称", "责任人", "GB");
        assertThat(robot.lookup("#importPreviews").query().isVisible()).isFalse();
        // The encoding box is left to the detection and says what it found (it used to stand empty).
        javafx.scene.control.ComboBox<?> encoding = robot.lookup("#importEncoding").queryAs(
                javafx.scene.control.ComboBox.class);
        assertThat(encoding.getValue()).isNull();
        assertThat(encoding.getPromptText()).startsWith("GB").endsWith("（自动识别）");
        assertThat(ImportWizardSteps.finish(robot, "已从"))
                .contains("已从 环卫点.shp 导入 2 个要素到“环卫点”");
        ImportWizardSteps.awaitLayer(window, "环卫点");
        robot.clickOn("#importClose");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load("环卫点");
            assertThat(layer.features()).extracting(f -> f.text("名称")).containsExactly("解州镇垃圾站", "北相镇公厕");
            assertThat(layer.features()).extracting(f -> f.text("责任人")).containsExactly("张三", "李四");
        }
    }
}
