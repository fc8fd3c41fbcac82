package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.app.Labels.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.ui.MainWindow;

/**
 * A CSV whose encoding is unsure in the real window (issue 12, point j): ogr2ogr's UTF-8 CSV of one name, "Café",
 * whose bytes are valid GBK too ("Caf茅") and read as no Chinese either way. The source step shows the first rows
 * read as UTF-8 and as GB18030/GBK, says why it cannot go on, and reads the file only once the user picks the
 * encoding; the import then keeps the name. A GeoJSON converted to GBK by iconv whose two characters are too few
 * to be certain shows the same sentence, and the 编码 list reads it once the user picks GBK.
 */
class UnsureCsvWizardTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void theUserPicksTheEncodingFromBothPreviewsBeforeAnythingIsRead(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Path geojson = pointNamed("名称", "Café", "cafe-seed.geojson");
        Path csv = sample.home().resolve("cafe.csv");
        GdalTools.ogr2ogr("-f", "CSV", "-lco", "GEOMETRY=AS_XY", csv.toString(), geojson.toString()).requireSuccess();

        robot.interact(() -> window.exchange().importFile(csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("无法确定文字编码"));
        assertThat(text(robot, "#importSummary")).contains("cafe.csv", "UTF-8: \"名称\"", "请选择读对的那一种编码");
        assertThat(robot.lookup("#importPreviews").query().isVisible()).isTrue();
        assertThat(robot.lookup("#importPreviewUtf8").queryAs(TextArea.class).getText()).contains("名称", "Café");
        assertThat(robot.lookup("#importPreviewGb").queryAs(TextArea.class).getText()).doesNotContain("Café");
        Screenshots.save(robot, (Stage) robot.lookup("#importStepSource").query().getScene().getWindow(),
                "import-unsure-csv");

        @SuppressWarnings("unchecked")
        ComboBox<String> encoding = robot.lookup("#importEncoding").queryAs(ComboBox.class);
        robot.interact(() -> encoding.setValue("UTF-8"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("1 条记录"));
        robot.clickOn("#importCrsConfirm");
        ImportWizardSteps.finish(robot, "已从");
        ImportWizardSteps.awaitLayer(window, "cafe");
        Path project = window.model().project().file();
        robot.clickOn("#importClose");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            assertThat(store.load("cafe").features()).extracting(f -> f.text("名称")).containsExactly("Café");
        }
    }

    @Test
    void anUndeclaredGbkGeoJsonIsReadOnceTheUserPicksGbk(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path utf8 = pointNamed("name", "村部", "utf8-village.geojson");
        Path geojson = sample.home().resolve("village.geojson");
        Process iconv = new ProcessBuilder("iconv", "-f", "UTF-8", "-t", "GBK", utf8.toString())
                .redirectOutput(geojson.toFile()).start();
        assertThat(iconv.waitFor()).isZero();

        robot.interact(() -> window.exchange().importFile(geojson));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("无法确定文字编码"));
        assertThat(text(robot, "#importSummary")).contains("village.geojson", "GBK: \"村部\"");
        @SuppressWarnings("unchecked")
        ComboBox<String> encoding = robot.lookup("#importEncoding").queryAs(ComboBox.class);
        assertThat(encoding.isVisible()).isTrue();
        robot.interact(() -> encoding.setValue("GBK"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("1 条记录"));
        assertThat(robot.lookup("#importNext").query().isDisabled()).isFalse();
        robot.clickOn("#importClose");
    }

    /** A GeoJSON of one point with {@code key = name}, written in UTF-8 into the sample's folder. */
    private static Path pointNamed(String key, String name, String fileName) throws IOException {
        Path geojson = sample.home().resolve(fileName);
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"" + key + "\":\"" + name + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[110.95,35.02]}}]}",
                StandardCharsets.UTF_8);
        return geojson;
    }
}
