package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.exchange.GdalPolygonShapefile;
import rectimap.store.GdalTools;
import rectimap.ui.MainWindow;
import rectimap.ui.UiLanguage;

/**
 * The streamed new-layer import in the English window (as {@code --lang en} starts it): the bar's text counts the
 * features written, the outcome is English, and a bad record in a second file is named in English with the project
 * left unchanged.
 */
class StreamedImportEnglishWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow(UiLanguage.EN);

    @Test
    void aShapefileImportsInEnglishAndABadRecordIsNamedInEnglish(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path folder = Files.createTempDirectory(sample.home(), "shp");
        Path good = GdalPolygonShapefile.write(folder, "parcels", 2_000);
        Path bad = GdalPolygonShapefile.write(folder, "damaged", 2_000);
        GdalPolygonShapefile.spoilNumber(folder.resolve("damaged.dbf"), 1_499);
        Path project = window.model().project().file();

        open(robot, good);
        robot.clickOn("#importRun");
        StreamedImportWindowTest.awaitResult(robot, "Imported");
        assertThat(StreamedImportWindowTest.resultText(robot)).isEqualTo("Imported 2,000 features from parcels.shp"
                + " into \"parcels\" (new layer; 0 repaired, 0 skipped, 0 without geometry left out).");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.model().project() != null
                && window.model().project().layer("parcels").isPresent());
        robot.clickOn("#importClose");

        open(robot, bad);
        String before = StreamedImportWindowTest.sha256(project);
        robot.clickOn("#importRun");
        StreamedImportWindowTest.awaitResult(robot, "A value does not fit");
        assertThat(StreamedImportWindowTest.resultText(robot)).startsWith("A value does not fit its field: damaged.dbf, record 1,500.");
        assertThat(StreamedImportWindowTest.sha256(project)).isEqualTo(before);
        robot.clickOn("#importClose");
        assertThat(GdalTools.featureCounts(project)).containsEntry("parcels", 2_000L).doesNotContainKey("damaged");
    }

    private void open(FxRobot robot, Path shp) throws Exception {
        MainWindow window = sample.window();
        robot.interact(() -> window.exchange().importFile(shp));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> robot.lookup("#importSummary").queryAs(Label.class).getText().contains("2,000"));
        robot.clickOn("#importNext");
        robot.clickOn("#importNext");
    }
}
