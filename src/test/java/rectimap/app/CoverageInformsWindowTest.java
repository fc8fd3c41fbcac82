package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.app.Labels.text;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Geometry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.model.ChangeSet;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.Layer;
import rectimap.model.Project;
import rectimap.ui.MainWindow;

/**
 * Coverage in the real window on the sample: townships without a cadre zone are 未分配 (said in the summary and
 * listed, not gaps); a one-click fill shows what it will do, asks first when it would hand a township's rest to one
 * cadre (cancelling changes nothing), and fills a small hole at once.
 */
class CoverageInformsWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @SuppressWarnings("unchecked")
    private static TableView<Object> rows(FxRobot robot) {
        return robot.lookup("#coverageProblemList").queryAs(TableView.class);
    }

    private void openProblems(FxRobot robot) throws Exception {
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> text(robot, "#coverageIndicator").startsWith("未覆盖"));
        robot.clickOn("#menuCampaign").clickOn("#menuCoverage");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The 说明 column of the table, top first. */
    private static List<String> shownLines(FxRobot robot) {
        TableView<Object> rows = rows(robot);
        javafx.scene.control.TableColumn<Object, ?> line = rows.getColumns().stream()
                .filter(c -> "coverageColText".equals(c.getId())).findFirst().orElseThrow();
        return java.util.stream.IntStream.range(0, rows.getItems().size()).mapToObj(i -> (String) line.getCellData(i))
                .filter(t -> t != null && !t.isEmpty()).toList();
    }

    @Test
    void townshipsWithoutCadreZonesAreUnassignedNotGaps(FxRobot robot, MainWindow window) throws Exception {
        openProblems(robot);
        String summary = text(robot, "#coverageSummary");
        assertThat(summary).contains("未分配 21 个", "部分覆盖 1 个").doesNotContain(" m²，");
        // Gaps only where zones are assigned: 解州镇's cadres, and the district's leaders, whose gap is named by the
        // township it lies in (the sample's 开发区 has no 区领导), not by the district.
        assertThat(shownLines(robot)).isNotEmpty().allSatisfy(line -> assertThat(line).containsAnyOf(
                "乡镇干部包村 解州镇 ", "区领导包乡镇 运城经济技术开发区 "));

        @SuppressWarnings("unchecked")
        ComboBox<Object> category = robot.lookup("#coverageCategory").queryAs(ComboBox.class);
        robot.interact(() -> category.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(robot).getItems()).hasSize(22);
        List<String> lines = shownLines(robot);
        assertThat(lines.get(0)).startsWith("解州镇：部分覆盖");
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("：未分配，").contains("km²"));
        Screenshots.save(robot, window.stage(), "coverage-townships");
    }

    @Test
    void aFillPastTheThresholdAsksAndCancellingChangesNothing(FxRobot robot, MainWindow window) throws Exception {
        openProblems(robot);
        robot.interact(() -> rows(robot).getSelectionModel().select(0));
        assertThat(text(robot, "#coverageFillPreview")).startsWith("补齐后：").contains("并入", "亩 → ");
        Project before = window.model().project();

        robot.clickOn("#coverageFill");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#coverageFillConfirm").tryQuery()
                .isPresent());
        Screenshots.save(robot, (Stage) robot.lookup("#coverageFillConfirm").query().getScene().getWindow(),
                "coverage-fill-confirm");
        robot.clickOn("#coverageFillConfirmCancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#coverageFillConfirm").tryQuery()).isEmpty();
        assertThat(window.model().project()).isSameAs(before);
        assertThat(window.editing().session().orElseThrow().history().undoName()).isEmpty();
    }

    @Test
    void aSmallHoleIsFilledAtOnceWithoutAsking(FxRobot robot, MainWindow window) throws Exception {
        openProblems(robot);
        String indicator = text(robot, "#coverageIndicator");
        robot.interact(() -> window.editing().session().orElseThrow().execute(punchHole(window.model().project())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#coverageIndicator").equals(indicator)
                && rows(robot).getItems().size() > 1);
        TableView<Object> rows = rows(robot);
        int hole = rows.getItems().size() - 1;
        robot.interact(() -> rows.getSelectionModel().select(hole));
        Button fill = robot.lookup("#coverageFill").queryAs(Button.class);
        assertThat(fill.isDisabled()).isFalse();

        robot.clickOn("#coverageFill");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#coverageFillConfirm").tryQuery()).isEmpty();
        assertThat(window.editing().session().orElseThrow().history().undoName())
                .hasValueSatisfying(name -> assertThat(name).startsWith("补齐空白 "));
    }

    /** One step cutting a ~30 m square out of the middle of the sample's first cadre zone: a small gap inside it. */
    private static ChangeSet punchHole(Project project) {
        Layer areas = project.layer(ResponsibilityAreaSchema.TABLE).orElseThrow().layer();
        Feature zone = areas.features().stream()
                .filter(f -> f.text("kind").equals(ResponsibilityAreaSchema.KIND_CADRE_VILLAGE)).findFirst()
                .orElseThrow();
        Geometry centre = zone.geometry().getInteriorPoint();
        Geometry hole = centre.buffer(0.00015, 1);
        Geometry holed = zone.geometry().difference(hole);
        Geometry multi = holed.getFactory().createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                (org.locationtech.jts.geom.Polygon) holed.getGeometryN(0)});
        multi.setSRID(4490);
        Feature after = DerivedFields.recompute(areas.info().type(), new Feature(zone.id(), multi,
                zone.attributes()));
        return new ChangeSet("打孔", List.of(FeatureChange.replaced(ResponsibilityAreaSchema.TABLE, zone, after)));
    }
}
