package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.model.Feature;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.ui.MainWindow;

/**
 * Issue 11 point 8 in the real window: a cadre area drawn in 龙居镇 opens the form with 龙居镇 filled in, the
 * everyday name "雷家坡村" is refused with the official 雷家坡村委会 suggested, and the stored feature carries both
 * 12-digit codes.
 */
class PlaceFormWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void drawnInLongjuTheFormStartsThereRefusesUnofficialNamesAndStoresCodes(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        // 龙居镇's interior (EPSG:4490), at 1:10,000.
        sample.centreOn(robot, window, 110.8135, 35.0249, 10_000);
        robot.clickOn("#tool-POLYGON");
        Node canvas = robot.lookup("#mapCanvas").query();
        double cx = window.model().viewport().widthPx() / 2.0;
        double cy = window.model().viewport().heightPx() / 2.0;
        for (double[] corner : new double[][] {{-50, -50}, {50, -50}, {50, 50}, {-50, 50}}) {
            robot.clickOn(canvas.localToScreen(new Point2D(cx + corner[0], cy + corner[1])));
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#attributeForm").tryQuery().isPresent());

        TextField township = robot.lookup("#field-township").query();
        TextField village = robot.lookup("#field-village").query();
        assertThat(township.getText()).isEqualTo("龙居镇");
        assertThat(village.getText()).endsWith("村委会");
        assertThat(robot.lookup("#field-town_code").queryLabeled().getText()).isEqualTo("140802101000");

        ComboBox<String> kind = robot.lookup("#field-kind").queryComboBox();
        robot.interact(() -> kind.getSelectionModel().select("乡镇干部包村"));
        robot.clickOn("#field-person").write("赵村官");
        robot.interact(() -> village.setText(""));
        robot.clickOn("#field-village").write("雷家坡村");
        robot.clickOn("#formOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attributeForm").tryQuery()).isPresent();
        assertThat(robot.lookup("#error-village").queryLabeled().getText()).contains("雷家坡村").contains("雷家坡村委会");
        assertThat(robot.lookup("#field-vill_code").queryLabeled().getText()).isEqualTo("—");
        Screenshots.save(robot, (Stage) township.getScene().getWindow(), "form-place-refused");

        // Typing part of the name offers the official one; the user picks it from the list.
        robot.interact(() -> village.setText(""));
        robot.clickOn("#field-village").write("雷家坡");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "雷家坡村委会".equals(cell.getText())).tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "雷家坡村委会".equals(cell.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(village.getText()).isEqualTo("雷家坡村委会");
        assertThat(robot.lookup("#field-vill_code").queryLabeled().getText()).isEqualTo("140802101207");
        robot.clickOn("#formOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attributeForm").tryQuery()).isEmpty();

        Feature drawn = window.model().project().layer("responsibility_area").orElseThrow().layer().features()
                .stream().filter(f -> "赵村官".equals(f.get("person"))).findFirst().orElseThrow();
        robot.interact(() -> window.stage().close());
        try (ProjectFile reopened = ProjectFiles.openReadOnly(SampleProject.location())) {
            Feature stored = reopened.store().load("responsibility_area").feature(drawn.id()).orElseThrow();
            assertThat(stored.get("township")).isEqualTo("龙居镇");
            assertThat(stored.get("town_code")).isEqualTo("140802101000");
            assertThat(stored.get("village")).isEqualTo("雷家坡村委会");
            assertThat(stored.get("vill_code")).isEqualTo("140802101207");
        }
    }
}
