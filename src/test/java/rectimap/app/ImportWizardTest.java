package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
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
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {
    @RegisterExtension
    static final SampleWindowFixture sample = new SampleWindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = sample.open(stage);
    }

    @Test
    void aGdalMadeGeoJsonBecomesANewLayerInTheLayerPanel(FxRobot robot) throws Exception {
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
        robot.clickOn("#importNext");
        robot.clickOn("#importNext");
        robot.clickOn("#importRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#importResult").queryAs(Label.class).getText().startsWith("已从"));
        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .contains("已从 卫生点.geojson 导入 2 个要素到“卫生点”", "修复 0 个", "跳过 0 个");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.model().project() != null
                && window.model().project().layer("卫生点").isPresent());
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
}
