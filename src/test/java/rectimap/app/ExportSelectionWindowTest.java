package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Geometry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.exchange.ExportFormat;
import rectimap.model.Feature;
import rectimap.model.MapLayer;
import rectimap.store.GdalTools;
import rectimap.ui.MainWindow;
import rectimap.ui.exchange.ExportDialog;

/**
 * File → 导出 of a selection: three responsibility areas picked on the map with the select tool (click, shift-click)
 * are exported alone — to a GeoPackage and to a GBK Shapefile — and GDAL's ogrinfo reads back exactly those three
 * with their Chinese values.
 */
class ExportSelectionWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();
    private static final Pattern PERSON = Pattern.compile("(?m)^\\s*person \\(String\\) = (.*)$");

    @Test
    void threeFeaturesPickedOnTheMapAreExportedAloneToGeoPackageAndGbkShapefile(FxRobot robot, MainWindow window)
            throws Exception {
        sample.awaitEditingSession();
        List<Feature> picked = pickThreeAreasOnTheMap(robot);
        List<String> persons = picked.stream().map(f -> f.text("person")).sorted().toList();
        assertThat(persons).allSatisfy(p -> assertThat(p).matches(".*\\p{IsHan}.*"));
        int total = window.model().project().layer("responsibility_area").orElseThrow().layer().features().size();
        assertThat(total).isGreaterThan(3);

        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = window.exchange().export());
        @SuppressWarnings("unchecked")
        ComboBox<MapLayer> layer = robot.lookup("#exportLayer").queryAs(ComboBox.class);
        robot.interact(() -> layer.setValue(layer.getItems().stream()
                .filter(l -> l.tableName().equals("responsibility_area")).findFirst().orElseThrow()));
        RadioButton selection = robot.lookup("#exportSelection").queryAs(RadioButton.class);
        assertThat(selection.getText()).isEqualTo("选中的要素（3 个）");
        robot.clickOn("#exportSelection");
        assertThat(selection.isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> format = robot.lookup("#exportFormat").queryAs(ComboBox.class);

        Path gpkg = sample.home().resolve("选中责任区.gpkg");
        robot.interact(() -> format.setValue(ExportFormat.GEOPACKAGE));
        robot.interact(() -> dialog[0].writeTo(gpkg));
        awaitResult(robot, gpkg);
        assertThat(GdalTools.featureCounts(gpkg).values()).containsExactly(3L);
        assertThat(persons(GdalTools.ogrinfo("-al", "-q", gpkg.toString()).requireSuccess().output()))
                .isEqualTo(persons);

        Path shp = sample.home().resolve("选中责任区.shp");
        robot.interact(() -> format.setValue(ExportFormat.SHAPEFILE));
        assertThat(robot.lookup("#exportEncoding").queryComboBox().getValue()).isEqualTo("GBK");
        // Long field names ask before being cut to 10 bytes: the question is a modal alert, so do not wait on it.
        robot.interactNoWait(() -> dialog[0].writeTo(shp));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#exportNamesCut").tryQuery().isPresent()
                || resultText(robot).contains(shp.getFileName().toString()));
        if (robot.lookup("#exportNamesCut").tryQuery().isPresent()) {
            robot.clickOn(robot.lookup("#exportNamesCut .button").match(
                    n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton()).queryButton());
        }
        awaitResult(robot, shp);
        assertThat(Files.readString(sample.home().resolve("选中责任区.cpg")).trim()).isIn("GBK", "CP936", "936");
        String shpInfo = GdalTools.ogrinfo("-al", "-q", shp.toString()).requireSuccess().output();
        assertThat(GdalTools.ogrinfo("-al", "-so", shp.toString()).requireSuccess().output())
                .contains("Feature Count: 3");
        assertThat(persons(shpInfo)).isEqualTo(persons);
        robot.clickOn("#exportClose");
    }

    /** Clicks three responsibility areas with the select tool (the second and third with shift held). */
    private List<Feature> pickThreeAreasOnTheMap(FxRobot robot) throws Exception {
        MainWindow window = sample.window();
        List<Feature> candidates = window.model().project().layer("responsibility_area").orElseThrow().layer()
                .features().stream().filter(f -> "乡镇干部包村".equals(f.get("kind"))).limit(3).toList();
        assertThat(candidates).hasSize(3);
        robot.clickOn("#layerVisible-village");
        robot.clickOn("#layerVisible-road");
        Geometry all = candidates.get(0).geometry().union(candidates.get(1).geometry())
                .union(candidates.get(2).geometry());
        robot.interact(() -> window.model().zoomToAndHighlight(new rectimap.model.FeatureRef("responsibility_area",
                candidates.get(0).id()), all));
        sample.clickToSelect(robot, window, candidates);
        List<Long> ids = window.editing().selection().idsIn("responsibility_area");
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        List<Feature> picked = new ArrayList<>();
        var layer = window.model().project().layer("responsibility_area").orElseThrow().layer();
        for (long id : ids) {
            picked.add(layer.feature(id).orElseThrow());
        }
        return picked;
    }

    private static void awaitResult(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> resultText(robot).contains(file.getFileName().toString()));
        assertThat(resultText(robot)).startsWith("已导出").contains("的 3 个要素");
    }

    private static String resultText(FxRobot robot) {
        return robot.lookup("#exportResult").queryAs(Label.class).getText();
    }

    private static List<String> persons(String ogrinfo) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PERSON.matcher(ogrinfo);
        while (matcher.find()) {
            found.add(matcher.group(1).trim());
        }
        return found.stream().sorted().toList();
    }
}
