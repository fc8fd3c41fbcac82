package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.ui.MainWindow;
import rectimap.ui.UiLanguage;
import rectimap.ui.print.ActionGate;
import rectimap.ui.print.PrintDialog;

/**
 * The print designer of a window started with {@code --lang en} makes an English sheet, as {@code print --lang en}
 * does: English legend, table headings, north arrow and footer; place names and persons stay Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishPrintWindowTest {
    @RegisterExtension
    static final SampleWindowFixture sample = new SampleWindowFixture();
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = sample.open(stage, UiLanguage.EN);
    }

    @Test
    void theDesignerPrintsAnEnglishSheet(FxRobot robot, @TempDir Path out) throws Exception {
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
    }
}
