package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.identify.IdentifiedFeature;
import rectimap.campaign.identify.IdentifiedLayer;
import rectimap.campaign.identify.IdentifyRow;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.ui.MainWindow;
import rectimap.ui.identify.IdentifyView;

/**
 * A click on 雷家坡村委会 in the real window on the sample (with its planning layers) lists every feature under it —
 * the responsibility area, the village, its road and 龙居镇 — under their layer titles, picks and highlights the
 * top-most, highlights another row when picked, and brings the identify tab to the front; labels are Chinese.
 */
class IdentifyWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void aClickOnLeijiapoListsEveryLayerUnderIt(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Feature village = MapClick.feature(window, "village", "code", "140802101207");
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        robot.interact(() -> side.getSelectionModel().select(1));

        MapClick.at(robot, window, village.geometry().getCoordinate(), 40_000);

        IdentifyView panel = robot.lookup("#identifyPanel").queryAs(IdentifyView.class);
        assertThat(side.getSelectionModel().getSelectedItem().getContent()).isSameAs(panel);
        List<IdentifiedLayer> shown = panel.shown();
        List<String> titles = shown.stream().map(IdentifiedLayer::title).toList();
        assertThat(titles).containsSubsequence("责任区", "村（社区）（示意）", "乡镇街道（示意）");
        assertThat(group(shown, "村（社区）（示意）").features()).extracting(f -> f.caption().value())
                .containsExactly("雷家坡村委会");
        assertThat(group(shown, "乡镇街道（示意）").features()).extracting(f -> f.caption().value())
                .containsExactly(village.text("township"));
        assertThat(group(shown, "责任区").features()).isNotEmpty();

        // The top-most feature is picked and highlighted: the responsibility area, with its labels, area once.
        IdentifiedFeature first = shown.get(0).features().get(0);
        assertThat(panel.picked()).contains(first);
        assertThat(window.model().highlights()).containsExactly(first.ref());
        assertThat(panel.rows()).extracting(IdentifyRow::label).contains("责任类型", "责任人", "责任单位", "面积")
                .doesNotContain("person", "unit", "phone", "area_m2", "area_mu");
        assertThat(panel.rows()).filteredOn(r -> r.value().contains("亩")).singleElement()
                .satisfies(r -> assertThat(r.value()).matches("[\\d,.]+ (m²|km²) · [\\d,.]+ 亩 · [\\d,.]+ 公顷"));
        Screenshots.save(robot, window.stage(), "identify-leijiapo-all-layers");

        // Picking the village's line in the tree highlights the village instead.
        robot.clickOn(cellWithText(robot, "雷家坡村委会"));
        WaitForAsyncUtils.waitForFxEvents();
        FeatureRef villageRef = new FeatureRef("village", village.id());
        assertThat(panel.picked()).map(IdentifiedFeature::ref).contains(villageRef);
        assertThat(window.model().highlights()).isEqualTo(Set.of(villageRef));
        assertThat(panel.rows()).contains(new IdentifyRow("区划代码", "140802101207"),
                new IdentifyRow("所属乡镇", village.text("township")));
        Screenshots.save(robot, window.stage(), "identify-leijiapo-village-picked");
    }

    @Test
    void theSelectToolAlsoListsAndKeepsTheSelectionOnThePickedFeature(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        Feature village = MapClick.feature(window, "village", "code", "140802101207");
        robot.clickOn("#tool-SELECT");

        MapClick.at(robot, window, village.geometry().getCoordinate(), 40_000);

        IdentifyView panel = robot.lookup("#identifyPanel").queryAs(IdentifyView.class);
        assertThat(panel.shown()).hasSizeGreaterThanOrEqualTo(3);
        robot.clickOn(cellWithText(robot, village.text("township")));
        WaitForAsyncUtils.waitForFxEvents();
        FeatureRef township = panel.picked().orElseThrow().ref();
        assertThat(township.tableName()).isEqualTo("township");
        assertThat(window.editing().selection().features()).containsExactly(township);
        assertThat(window.model().highlights()).containsExactly(township);
    }

    static IdentifiedLayer group(List<IdentifiedLayer> shown, String title) {
        return shown.stream().filter(l -> l.title().equals(title)).findFirst().orElseThrow();
    }

    /** The value cell of the feature line listed by {@code caption} (a feature's line has its fields under it). */
    static Node cellWithText(FxRobot robot, String caption) {
        return robot.lookup("#identifyTree").lookup(".tree-table-cell")
                .match((TreeTableCell<?, ?> cell) -> caption.equals(cell.getItem())
                        && cell.getTableColumn() == cell.getTreeTableView().getColumns().get(1)
                        && cell.getTableRow().getTreeItem() != null
                        && !cell.getTableRow().getTreeItem().getChildren().isEmpty()).query();
    }
}
