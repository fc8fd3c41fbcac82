package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.model.MapLayer;
import rectimap.store.GdalTools;
import rectimap.store.Sqlite3;
import rectimap.ui.MainWindow;

/**
 * Issue 17: the window's import wizard appended a closed (销号) supervision case that had no 整改后 photo, which the
 * editor and {@code import --append-to} refuse. The wizard now checks an append with the editor's rules: the file
 * GDAL wrote from two cases, the second closed, is refused in the wizard with the reason and the record, and
 * nothing is written (the window and the file keep their cases).
 */
class ClosedCaseImportWizardTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aClosedCaseWithoutAnAfterPhotoIsRefusedInTheWizardAndNothingIsWritten(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Path csv = sample.home().resolve("督办件.csv");
        Files.writeString(csv, """
                WKT,来源,问题描述,责任单位,登记日期,限期整改,状态,销号日期,销号说明
                "POINT (110.99 35.02)",群众举报,路边垃圾堆放,解州镇人民政府,2026-09-01,2026-09-30,整改中,,
                "POINT (111.00 35.02)",督导组,废弃棚舍未拆,解州镇人民政府,2026-09-01,2026-09-30,销号,2026-09-28,已拆除
                """, StandardCharsets.UTF_8);
        Path geojson = sample.home().resolve("督办件.geojson");
        GdalTools.ogr2ogr("-f", "GeoJSON", geojson.toString(), csv.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs", "EPSG:4490").requireSuccess();
        Path project = window.model().project().file();
        int casesBefore = cases();
        String countBefore = Sqlite3.value(project, "SELECT count(*) FROM " + SupervisionCaseSchema.TABLE + ";");

        robot.interact(() -> window.exchange().importFile(geojson));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#importSummary").queryAs(Label.class).getText().contains("2 条记录"));
        robot.clickOn("#importNext");
        robot.clickOn("#importTargetAppend");
        @SuppressWarnings("unchecked")
        ComboBox<MapLayer> layers = robot.lookup("#importAppendLayer").queryAs(ComboBox.class);
        robot.interact(() -> layers.getSelectionModel().select(layers.getItems().stream()
                .filter(l -> l.tableName().equals(SupervisionCaseSchema.TABLE)).findFirst().orElseThrow()));
        robot.clickOn("#importNext");
        robot.clickOn("#importRun");
        // the outcome sentence names the file, whether the append went in or was refused
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#importResult").queryAs(Label.class).getText().contains("督办件.geojson"));

        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .contains("督办件.geojson", "2", "销号须至少有一张整改后照片").doesNotContain("closing a case");
        Screenshots.save(robot, (Stage) robot.lookup("#importResult").query().getScene().getWindow(), "closed-case-refused");
        robot.clickOn("#importClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cases()).isEqualTo(casesBefore);
        assertThat(Sqlite3.value(project, "SELECT count(*) FROM " + SupervisionCaseSchema.TABLE + ";"))
                .isEqualTo(countBefore);
    }

    private int cases() {
        MainWindow window = sample.window();
        return window.model().project().layer(SupervisionCaseSchema.TABLE).orElseThrow().layer().features().size();
    }
}
