package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.ui.MainWindow;

/**
 * A planner draws a responsibility area in the real window on the sample project, fills the attribute form, sees it
 * on disk, and undoes it.
 */
class DrawResponsibilityAreaTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void drawFillUndo(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        assertThat(window.model().project().file()).isEqualTo(SampleProject.location());
        // Zoom to 1:10,000 on 解州镇's seat and draw a square of about 400 m.
        Coordinate centre = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(110.85, 34.92);
        robot.interact(() -> {
            window.model().zoomToScale(10_000);
            window.model().setViewport(window.model().viewport().centredOn(centre.x, centre.y));
        });
        robot.clickOn("#tool-POLYGON");
        Node canvas = robot.lookup("#mapCanvas").query();
        double cx = window.model().viewport().widthPx() / 2.0;
        double cy = window.model().viewport().heightPx() / 2.0;
        robot.clickOn(canvas.localToScreen(new Point2D(cx - 60, cy - 60)));
        robot.clickOn(canvas.localToScreen(new Point2D(cx + 60, cy - 60)));
        robot.clickOn(canvas.localToScreen(new Point2D(cx + 60, cy + 60)));
        robot.clickOn(canvas.localToScreen(new Point2D(cx - 60, cy + 60)));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#attributeForm").tryQuery().isPresent());

        ComboBox<String> kind = robot.lookup("#field-kind").queryComboBox();
        robot.interact(() -> kind.getSelectionModel().select("乡镇干部包村"));
        robot.clickOn("#field-person").write("张明");
        // A wrong phone number: the ControlsFX decoration and the reason beside the field, 确定 disabled.
        javafx.scene.control.TextField phone = robot.lookup("#field-phone").query();
        robot.clickOn(phone).write("12345");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(phone)).isNotEmpty();
        assertThat(robot.lookup("#error-phone").queryLabeled().getText()).startsWith("联系电话格式不正确");
        assertThat(robot.lookup("#formOk").queryButton().isDisabled()).isTrue();
        Screenshots.save(robot, (Stage) phone.getScene().getWindow(), "form-new-area-invalid-phone");
        robot.interact(phone::clear);
        robot.clickOn(phone).write("0359-1234567");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-phone").queryLabeled().isVisible()).isFalse();
        // Township and village start as where the area was drawn; a cadre's village area needs both: cleared, the
        // form says so beside the field and stays open.
        javafx.scene.control.TextField township = robot.lookup("#field-township").query();
        assertThat(township.getText()).isEqualTo("解州镇");
        assertThat(robot.lookup("#field-village").<javafx.scene.control.TextField>query().getText()).isNotBlank();
        robot.interact(() -> township.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-township").queryLabeled().getText()).contains("必须填写");
        assertThat(robot.lookup("#formOk").queryButton().isDisabled()).isTrue();
        robot.clickOn("#field-township").write("解州镇");
        Screenshots.save(robot, (Stage) robot.lookup("#attributeForm").query().getScene().getWindow(), "form-new-area");
        robot.clickOn("#formOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attributeForm").tryQuery()).isEmpty();

        Feature drawn = window.model().project().layer("responsibility_area").orElseThrow().layer().features()
                .stream().filter(f -> "张明".equals(f.get("person"))).findFirst().orElseThrow();
        assertThat(drawn.get("kind")).isEqualTo("乡镇干部包村");
        // 120 px at 1:10,000 on a 96-dpi screen is 317.5 m: a square of about 100,800 m² (ellipsoidal, so not exact).
        double side = 120 * window.model().viewport().metresPerPixel();
        assertThat((Double) drawn.get("area_m2")).isBetween(0.98 * side * side, 1.02 * side * side);
        Screenshots.save(robot, window.stage(), "drawn-area");
        assertThat(window.editing().session().orElseThrow().history().undoName()).hasValueSatisfying(
                name -> assertThat(name).startsWith("新建"));

        // The Edit menu names the step and undoes it. (Its Ctrl+Z accelerator is checked in a real X window; the
        // headless Monocle robot does not deliver Ctrl+letter accelerators.)
        robot.clickOn("#menuEdit").clickOn("#menuUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().project().layer("responsibility_area").orElseThrow().layer().feature(drawn.id()))
                .isEmpty();
        robot.clickOn("#btnRedo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().project().layer("responsibility_area").orElseThrow().layer().feature(drawn.id()))
                .contains(drawn);
        robot.clickOn("#historyTab");
        assertThat(robot.lookup("#historyList").queryTableView().getItems()).hasSize(2);

        // What the window shows as done is on disk: close the window (the journal drains) and read the file back.
        robot.interact(() -> window.stage().close());
        try (ProjectFile reopened = ProjectFiles.openReadOnly(SampleProject.location())) {
            assertThat(reopened.store().load("responsibility_area").feature(drawn.id())).contains(drawn);
            assertThat(reopened.historyCursor()).isEqualTo(reopened.history().size());
        }
    }

    @Test
    void editAttributesFromIdentifyAndLayerPanelStateOutliveTheSession(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Feature area = window.model().project().layer("responsibility_area").orElseThrow().layer().features().get(0);
        Coordinate inside = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E)
                .apply(area.geometry().getInteriorPoint().getX(), area.geometry().getInteriorPoint().getY());
        robot.interact(() -> {
            window.model().zoomToScale(25_000);
            window.model().setViewport(window.model().viewport().centredOn(inside.x, inside.y));
        });
        // Hide the villages so the click finds the area, not a village marker on top of it.
        robot.clickOn("#layerVisible-village");
        Node canvas = robot.lookup("#mapCanvas").query();
        robot.clickOn(canvas.localToScreen(new Point2D(window.model().viewport().widthPx() / 2.0,
                window.model().viewport().heightPx() / 2.0)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#btnEditAttributes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#attributeForm").tryQuery().isPresent());
        robot.doubleClickOn("#field-person").eraseText(20).write("李华");
        robot.clickOn("#formOk");
        WaitForAsyncUtils.waitForFxEvents();
        Feature edited = window.model().project().layer("responsibility_area").orElseThrow().layer()
                .feature(area.id()).orElseThrow();
        assertThat(edited.get("person")).isEqualTo("李华");
        assertThat(edited.geometry()).isEqualTo(area.geometry());

        robot.interact(() -> window.stage().close());
        try (ProjectFile reopened = ProjectFiles.openReadOnly(SampleProject.location())) {
            assertThat(reopened.store().load("responsibility_area").feature(area.id()).orElseThrow().get("person"))
                    .isEqualTo("李华");
            assertThat(reopened.layerStates()).anySatisfy(state -> {
                assertThat(state.tableName()).isEqualTo("village");
                assertThat(state.visible()).isFalse();
            });
        }
    }

    @Test
    void mergeTwoSelectedAreasChoosingWhoseAttributesSurvive(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        java.util.List<Feature> cadres = window.model().project().layer("responsibility_area").orElseThrow().layer()
                .features().stream().filter(f -> "乡镇干部包村".equals(f.get("kind"))).limit(2).toList();
        assertThat(cadres).hasSize(2);
        robot.clickOn("#layerVisible-village");
        robot.clickOn("#layerVisible-road");
        robot.interact(() -> window.model().zoomToAndHighlight(new rectimap.model.FeatureRef("responsibility_area",
                cadres.get(0).id()), cadres.get(0).geometry().union(cadres.get(1).geometry())));
        sample.clickToSelect(robot, window, cadres);
        assertThat(window.editing().selection().idsIn("responsibility_area"))
                .containsExactlyInAnyOrder(cadres.get(0).id(), cadres.get(1).id());
        robot.clickOn("#btnMerge");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#mergeSurvivorDialog").tryQuery().isPresent());
        ComboBox<String> choice = robot.lookup("#mergeSurvivorDialog .combo-box").queryComboBox();
        int second = choice.getItems().size() - 1;
        robot.interact(() -> choice.getSelectionModel().select(second));
        // The dialog lists the selected features in selection order: the last entry is the second one picked here.
        long survivor = window.editing().selection().idsIn("responsibility_area").get(second);
        robot.clickOn(robot.lookup("#mergeSurvivorDialog .button").match(
                n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        java.util.Map<Long, Feature> left = new java.util.HashMap<>();
        window.model().project().layer("responsibility_area").orElseThrow().layer().features()
                .forEach(f -> left.put(f.id(), f));
        Feature merged = left.get(survivor);
        assertThat(merged).isNotNull();
        Feature survivorBefore = cadres.get(0).id() == survivor ? cadres.get(0) : cadres.get(1);
        assertThat(merged.get("person")).isEqualTo(survivorBefore.get("person"));
        assertThat(left).doesNotContainKey(cadres.get(0).id() == survivor ? cadres.get(1).id() : cadres.get(0).id());
        assertThat(merged.geometry().getArea()).isGreaterThan(survivorBefore.geometry().getArea());
        assertThat(window.editing().session().orElseThrow().history().undoName()).isPresent();
    }

    /** File → 最近 on the project already open used to load it read-only: our own lock was still held. */
    @Test
    void openingTheOpenProjectAgainKeepsItWritable(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Object first = window.editing().session().orElseThrow();
        assertThat(window.editing().canWrite()).isTrue();
        java.nio.file.Path workingCopy = window.model().project().file();
        robot.interact(() -> window.open(workingCopy));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.editing().session().filter(session -> session != first).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editing().canWrite()).as("the reopened project is editable").isTrue();
        assertThat(robot.lookup("#openNotice").tryQuery()).as("no read-only notice").isEmpty();
    }

    /** File → 打开 on the shipped sample while its working copy is open opens that working copy again, writable. */
    @Test
    void openingTheShippedSampleAgainKeepsItsWorkingCopyWritable(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Object first = window.editing().session().orElseThrow();
        robot.interact(() -> window.open(MainWindowTest.SAMPLE));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.editing().session().filter(session -> session != first).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editing().canWrite()).as("the working copy opened again is editable").isTrue();
    }
}
