package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.ui.MainWindow;

/**
 * A CSV whose encoding is unsure in the real window (issue 12, point j): ogr2ogr's UTF-8 CSV of one short Chinese
 * name, whose bytes are valid GBK too. The source step shows the first rows read as UTF-8 and as GB18030/GBK, says
 * why it cannot go on, and reads the file only once the user picks the encoding; the import then keeps the name.
 */
@ExtendWith(ApplicationExtension.class)
class UnsureCsvWizardTest {
    @RegisterExtension
    static final SampleWindowFixture sample = new SampleWindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = sample.open(stage);
    }

    @Test
    void theUserPicksTheEncodingFromBothPreviewsBeforeAnythingIsRead(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        Path geojson = sample.home().resolve("村部.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"名称\":\"村部\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[110.95,35.02]}}]}",
                StandardCharsets.UTF_8);
        Path csv = sample.home().resolve("村部.csv");
        GdalTools.ogr2ogr("-f", "CSV", "-lco", "GEOMETRY=AS_XY", csv.toString(), geojson.toString()).requireSuccess();

        robot.interact(() -> window.exchange().importFile(csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("无法确定文字编码"));
        assertThat(text(robot, "#importSummary")).contains("村部.csv", "UTF-8: \"名称\"", "请选择读对的那一种编码");
        assertThat(robot.lookup("#importPreviews").query().isVisible()).isTrue();
        assertThat(robot.lookup("#importPreviewUtf8").queryAs(TextArea.class).getText()).contains("名称", "村部");
        assertThat(robot.lookup("#importPreviewGb").queryAs(TextArea.class).getText()).doesNotContain("村部");
        Screenshots.save(robot, (Stage) robot.lookup("#importStepSource").query().getScene().getWindow(),
                "import-unsure-csv");

        @SuppressWarnings("unchecked")
        ComboBox<String> encoding = robot.lookup("#importEncoding").queryAs(ComboBox.class);
        robot.interact(() -> encoding.setValue("UTF-8"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#importSummary").contains("1 条记录"));
        robot.clickOn("#importCrsConfirm");
        robot.clickOn("#importNext");
        robot.clickOn("#importNext");
        robot.clickOn("#importRun");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#importResult").startsWith("已从"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.model().project() != null
                && window.model().project().layer("村部").isPresent());
        Path project = window.model().project().file();
        robot.clickOn("#importClose");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            assertThat(store.load("村部").features()).extracting(f -> f.text("名称")).containsExactly("村部");
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
