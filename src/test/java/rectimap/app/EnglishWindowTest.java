package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.MainWindow;
import rectimap.ui.UiLanguage;
import rectimap.ui.print.ActionGate;
import rectimap.ui.print.PrintDialog;

/**
 * A window started with {@code --lang en} at its default 1400×900: the print designer makes an English sheet, as
 * {@code print --lang en} does (English legend, table headings, north arrow and footer; place names and persons stay
 * Chinese), and the layer panel shows every long English layer title in full.
 */
class EnglishWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow(UiLanguage.EN);

    @Test
    void theDesignerPrintsAnEnglishSheet(FxRobot robot, @TempDir Path out, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.mapView().framesPainted() > 0);
        robot.clickOn("#menuFile").clickOn("#menuPrint");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printRoot").tryQuery().isPresent());
        PrintDialog dialog = PrintDialog.of(robot.lookup("#printRoot").query()).orElseThrow();
        assertThat(robot.lookup("#printTitle").queryAs(TextField.class).getPromptText())
                .as("the default title is the sheet's, in the sheet's language")
                .endsWith("盐湖区 environmental rectification responsibility map");
        robot.clickOn("#printElementRESPONSIBILITY_TABLE");
        Path pdf = out.resolve("district-en.pdf");
        robot.interact(() -> {
            dialog.setGate(ActionGate.ALWAYS);
            dialog.setTargetChooser(PrintDialogTest.fixed(pdf));
        });
        robot.clickOn("#printExportPdf");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#printStatus").queryAs(Label.class)
                .getText().startsWith("Exported"));
        assertThat(Files.size(pdf)).isPositive();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Legend", "Responsibility areas", "Supervision cases", "Responsible", "Unit", "Scale 1:",
                "Shapes are schematic, not surveyed boundaries", "Date: ", "盐湖区", "解州镇");
        assertThat(text).doesNotContain("图例", "非实测", "编制日期", "责任人", "环境整治责任区分布图");
        assertThat(text).as("the responsibility table's headings whole (Phone was cut to Pho…)").contains("Phone")
                .doesNotContainPattern("(Pho|Uni|Are|Responsibl?)…");
    }

    @Test
    void longLayerTitlesAreShownInFullInsideThePanel(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getScene().getWidth()).isEqualTo(1400);
        ListView<?> list = robot.lookup("#layerList").queryAs(ListView.class);
        Bounds panel = list.localToScene(list.getLayoutBounds());
        var boxes = robot.from(list).lookup(".check-box").queryAllAs(CheckBox.class);
        assertThat(boxes).extracting(CheckBox::getText).contains("Townships and subdistricts (schematic)",
                "Villages and communities (schematic)", "Illegal structures to demolish");
        for (CheckBox box : boxes) {
            Text shown = (Text) box.lookup(".text");
            Bounds text = shown.localToScene(shown.getBoundsInLocal());
            assertThat(shown.getText()).as("not shortened with …").isEqualTo(box.getText());
            assertThat(text.getMaxX()).as("%s ends inside the panel", box.getText()).isLessThanOrEqualTo(panel.getMaxX());
            assertThat(text.getMaxY()).as("%s is not cut at the bottom", box.getText())
                    .isLessThanOrEqualTo(box.localToScene(box.getLayoutBounds()).getMaxY() + 1);
            assertThat(box.getTooltip().getText()).isEqualTo(box.getText());
        }
        assertThat(robot.from(list).lookup(".scroll-bar").queryAllAs(ScrollBar.class)).filteredOn(
                b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).allMatch(b -> !b.isVisible());
        Screenshots.save(robot, window.stage(), "layer-panel-english");
    }
}
