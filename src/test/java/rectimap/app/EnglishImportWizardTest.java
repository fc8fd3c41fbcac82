package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.app.Labels.text;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.store.GdalTools;
import rectimap.ui.MainWindow;
import rectimap.ui.UiLanguage;

/**
 * The import wizard with {@code --lang en}: on every step (source with the axis-order choice, target with the
 * field mapping of an append, invalid geometries and result) every label, button, choice and prompt the wizard
 * itself writes is English — no Chinese character or Chinese punctuation — while the data (values, layer titles,
 * field names of the file) may be Chinese; and a truncated Shapefile is reported in English.
 */
class EnglishImportWizardTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow(UiLanguage.EN);
    /** Han characters, CJK punctuation (、。「」) and full-width forms (，：（）). */
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

    @Test
    void everyStepOfTheWizardIsEnglish(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path csv = sample.home().resolve("survey.csv");
        Files.writeString(csv, "name,person,X,Y\n解州镇卫生院,张三,3874592.902,500000.000\n"
                + "北相镇垃圾站,李四,3878059.344,504776.725\n", StandardCharsets.UTF_8);

        robot.interact(() -> window.exchange().importFile(csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#importSummary").queryAs(Label.class).getText().contains("2 records"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#importAxesNote").contains("swapped as in surveying"));
        Window wizard = robot.lookup("#importWizard").query().getScene().getWindow();
        assertThat(((Stage) wizard).getTitle()).isEqualTo("Import survey.csv");
        assertEnglish(wizard, "source step");
        // The long notes wrap; they used to widen the grid so far that the row names were cut to "...".
        for (Node row : robot.lookup("#importStepSource .label").queryAll()) {
            Label label = (Label) row;
            Integer column = javafx.scene.layout.GridPane.getColumnIndex(label);
            if (label.getParent() instanceof javafx.scene.layout.GridPane && (column == null || column == 0)) {
                assertThat(label.getWidth()).as("row name '%s' is cut", label.getText())
                        .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
            }
        }
        assertThat(text(robot, "#importSummary")).contains("fields: name, person");

        // Short Chinese UTF-8 also decodes as GB18030: the wizard shows both readings and waits for the pick.
        robot.interact(() -> robot.lookup("#importEncoding").queryComboBox().setValue("UTF-8"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#importSummary").contains("encoding UTF-8"));
        robot.clickOn("#importCrsConfirm");
        robot.clickOn("#importNext");
        robot.clickOn("#importTargetAppend");
        @SuppressWarnings("unchecked")
        ComboBox<rectimap.model.MapLayer> target = robot.lookup("#importAppendLayer").queryAs(ComboBox.class);
        robot.interact(() -> target.setValue(target.getItems().stream()
                .filter(l -> l.tableName().equals("demolition_site")).findFirst().orElse(target.getItems().get(0))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importMapping .label").queryAll()).hasSizeGreaterThan(2);
        assertEnglish(wizard, "target step (append with field mapping)");
        robot.clickOn("#importTargetNew");

        robot.clickOn("#importNext");
        assertEnglish(wizard, "invalid-geometry step");
        assertThat(ImportWizardSteps.run(robot, "Imported")).contains("Imported 2 features from survey.csv into \"survey\"");
        assertEnglish(wizard, "result");
        robot.clickOn("#importClose");
    }

    @Test
    void aTruncatedShapefileIsReportedInEnglish(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path folder = Files.createTempDirectory(sample.home(), "shp");
        Path geojson = folder.resolve("in.geojson");
        Files.writeString(geojson, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"名称":"解州镇"},"geometry":{"type":"Polygon","coordinates":
                 [[[110.9,35.0],[110.95,35.0],[110.95,35.05],[110.9,35.0]]]}},
                {"type":"Feature","properties":{"名称":"北相镇"},"geometry":{"type":"Polygon","coordinates":
                 [[[111.0,35.0],[111.05,35.0],[111.05,35.05],[111.0,35.0]]]}}]}
                """, StandardCharsets.UTF_8);
        Path shp = folder.resolve("townships.shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", "-a_srs", "EPSG:4490", shp.toString(), geojson.toString())
                .requireSuccess();
        try (FileChannel channel = FileChannel.open(shp, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 40);
        }

        robot.interact(() -> window.exchange().importFile(shp));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#importSummary").contains("townships.shp"));
        String problem = text(robot, "#importSummary");
        assertThat(problem).containsIgnoringCase("truncated");
        assertThat(CHINESE.matcher(problem).find()).as(problem).isFalse();
        assertThat(robot.lookup("#importNext").queryButton().isDisabled()).isTrue();
        assertEnglish(robot.lookup("#importWizard").query().getScene().getWindow(), "truncated shapefile");
        robot.clickOn("#importClose");
    }

    /**
     * Every text of the wizard window (all three steps are in its scene; the hidden ones too) and every choice its
     * combo boxes offer is free of Chinese, except the data: the append target's layer titles and the file's
     * values (none of the texts below shows a value; the file's own field names here are English).
     */
    private static void assertEnglish(Window wizard, String where) {
        List<String> texts = new ArrayList<>();
        collect(wizard.getScene().getRoot(), texts);
        texts.add(((Stage) wizard).getTitle());
        assertThat(texts).as(where).isNotEmpty();
        assertThat(texts.stream().filter(t -> t != null && CHINESE.matcher(t).find()).toList()).as(where).isEmpty();
    }

    private static void collect(Node node, List<String> texts) {
        if ("importAppendLayer".equals(node.getId())) {
            return; // planning-layer titles are the project's data (责任区, ...)
        }
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && !(node instanceof javafx.scene.control.TextArea)) {
            texts.add(input.getText());
            texts.add(input.getPromptText());
        }
        if (node instanceof ComboBox<?> box) {
            offered(box, texts);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void offered(ComboBox box, List<String> texts) {
        for (Object item : box.getItems()) {
            texts.add(box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item));
        }
    }
}
