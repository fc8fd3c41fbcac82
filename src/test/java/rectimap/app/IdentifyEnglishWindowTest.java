package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.campaign.identify.IdentifiedFeature;
import rectimap.campaign.identify.IdentifiedLayer;
import rectimap.campaign.identify.IdentifyRow;
import rectimap.model.Feature;
import rectimap.ui.MainWindow;
import rectimap.ui.UiLanguage;
import rectimap.ui.identify.IdentifyView;

/**
 * The window started in English: layer titles in the layer panel, the edit-layer choice and identify, field labels
 * and the legend's classes (road levels, the cases' traffic lights, the coverage overlay) are English; long English
 * titles wrap in the identify tree and the legend instead of being cut with "…".
 */
class IdentifyEnglishWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow(UiLanguage.EN);

    @Test
    void layerTitlesAndFieldLabelsAreEnglishPlaceNamesStayChinese(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        assertThat(robot.lookup("#layerVisible-responsibility_area").queryAs(CheckBox.class).getText())
                .isEqualTo("Responsibility areas");
        assertThat(robot.lookup("#layerVisible-village").queryAs(CheckBox.class).getText())
                .isEqualTo("Villages and communities (schematic)");
        ComboBox<?> editLayer = robot.lookup("#editLayer").queryComboBox();
        assertThat(editLayer.getItems()).isNotEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<Object> layers = (ComboBox<Object>) editLayer;
        assertThat(layers.getItems()).extracting(l -> layers.getConverter().toString(l))
                .contains("Responsibility areas", "Supervision cases");
        Feature village = MapClick.feature(window, "village", "code", "140802101207");

        MapClick.at(robot, window, village.geometry().getCoordinate(), 40_000);

        IdentifyView panel = robot.lookup("#identifyPanel").queryAs(IdentifyView.class);
        List<IdentifiedLayer> shown = panel.shown();
        assertThat(shown).extracting(IdentifiedLayer::title).containsSubsequence("Responsibility areas",
                "Villages and communities (schematic)", "Townships and subdistricts (schematic)");
        assertThat(panel.rows()).extracting(IdentifyRow::label).contains("Kind", "Responsible person", "Area");
        assertThat(panel.rows()).filteredOn(r -> r.label().equals("Area")).singleElement()
                .satisfies(r -> assertThat(r.value()).matches("[\\d,.]+ (m²|km²) · [\\d,.]+ mu · [\\d,.]+ ha"));
        IdentifiedFeature leijiapo = IdentifyWindowTest.group(shown, "Villages and communities (schematic)")
                .features().get(0);
        assertThat(leijiapo.caption()).isEqualTo(new IdentifyRow("Name", "雷家坡村委会"));
        assertThat(leijiapo.rows()).contains(new IdentifyRow("Division code", "140802101207"),
                new IdentifyRow("Township", village.text("township")));
        assertEveryLineIsShownWhole(robot);
        Screenshots.save(robot, window.stage(), "identify-leijiapo-english");
    }

    /**
     * Every line of the identify tree, group titles too ("Villages and communities (schematic)" was cut to
     * "Villages and communiti…"), is shown whole inside its column: it wraps instead.
     */
    private static void assertEveryLineIsShownWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var cells = robot.lookup("#identifyTree .tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(c -> c.getItem() != null && !c.getItem().toString().isEmpty() && c.isVisible()).toList();
        assertThat(cells).extracting(c -> c.getItem().toString()).contains("Villages and communities (schematic)",
                "Townships and subdistricts (schematic)");
        for (TreeTableCell<?, ?> cell : cells) {
            Bounds inCell = cell.localToScene(cell.getLayoutBounds());
            List<Text> texts = cell.lookupAll("*").stream().filter(n -> n instanceof Text && n.isVisible())
                    .map(Text.class::cast).filter(t -> !t.getText().isEmpty()).toList();
            assertThat(texts).extracting(Text::getText).as("the line shown whole, not shortened with …")
                    .containsExactly(cell.getItem().toString());
            Bounds shown = texts.get(0).localToScene(texts.get(0).getBoundsInLocal());
            assertThat(shown.getMaxX()).as("%s ends inside its column", cell.getItem())
                    .isLessThanOrEqualTo(inCell.getMaxX() + 1);
            assertThat(shown.getMaxY()).as("%s is not cut at the bottom", cell.getItem())
                    .isLessThanOrEqualTo(inCell.getMaxY() + 1);
        }
    }

    @Test
    void legendClassesAreEnglish(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.model().coverageOverlay().isPresent());
        robot.clickOn("#legendOpenAll");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(LayerLegendWindowTest.legendTitles(robot, "supervision_case")).isNotEmpty()
                .isSubsetOf("Overdue", "Due soon", "On time", "Closed");
        List<String> shown = robot.lookup(".legend-class").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
        assertThat(shown).as("the classes of the open legends in view").hasSizeGreaterThan(10)
                .contains("Found", "Rubbish clearance", "Gap")
                .allSatisfy(title -> assertThat(title).doesNotContainPattern("\\p{IsHan}"));
        ListView<?> list = robot.lookup("#layerList").queryAs(ListView.class);
        Bounds panel = list.localToScene(list.getLayoutBounds());
        for (Label label : robot.lookup(".legend-class").queryAllAs(Label.class)) {
            Text text = (Text) label.lookup(".text");
            assertThat(text.getText()).as("the class shown whole, not shortened with …").isEqualTo(label.getText());
            assertThat(text.localToScene(text.getBoundsInLocal()).getMaxX()).as("%s ends inside the panel",
                    label.getText()).isLessThanOrEqualTo(panel.getMaxX());
        }
        assertThat(robot.lookup(".legend-class").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Demolished by the owner");
        Screenshots.save(robot, window.stage(), "layer-legend-english");
    }
}
