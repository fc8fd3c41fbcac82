package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.print.Orientation;
import rectimap.print.Paper;
import rectimap.render.Viewport;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.ui.MainWindow;
import rectimap.ui.print.ActionGate;
import rectimap.ui.print.PrintDialog;
import rectimap.ui.print.SheetDesignText;
import rectimap.ui.print.TargetChooser;

/**
 * File → 打印… in the real window on a working copy of the sample: the preview follows the paper, a PDF exported
 * from the dialog reads back with PDFBox, a bad folder is explained, and the design is remembered in the project.
 */
class PrintDialogTest {
    private static final double POINTS_PER_MM = 72 / 25.4;
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void thePreviewFollowsThePaperAndThePdfReadsBack(FxRobot robot, @TempDir Path out, MainWindow window)
            throws Exception {
        awaitSession();
        zoomToJiezhou(robot);
        PrintDialog dialog = openFromMenu(robot);
        awaitPreview(dialog, 1);
        Image portrait = preview(robot);
        assertThat(portrait.getHeight()).isGreaterThan(portrait.getWidth());
        assertThat(nonWhiteShare(portrait)).as("the sheet has a map and a title on it").isGreaterThan(0.05);
        TextField title = robot.lookup("#printTitle").queryAs(TextField.class);
        assertThat(title.getPromptText()).contains("解州镇 环境整治责任区分布图");

        long before = dialog.previewsShown();
        robot.clickOn("#printPaper").clickOn("A3");
        robot.clickOn("#printOrientation").clickOn("横向");
        awaitPreview(dialog, before + 1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview(robot).getWidth() > preview(robot).getHeight());
        Image landscape = preview(robot);
        assertThat(landscape.getWidth() / landscape.getHeight()).isCloseTo(420.0 / 297,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(checksum(landscape)).isNotEqualTo(checksum(portrait));
        assertThat(dialog.design().paper()).isEqualTo(Paper.A3);
        assertThat(dialog.design().orientation()).isEqualTo(Orientation.LANDSCAPE);
        Screenshots.save(robot, dialog.stage(), "print-dialog-a3-landscape");

        Path pdf = out.resolve("解州镇.pdf");
        robot.interact(() -> dialog.setTargetChooser(fixed(pdf)));
        // The sample has an open coverage gap and overdue cases: exporting first asks whether to go on anyway.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.openProblemsGate().openProblems().isPresent());
        robot.clickOn("#printExportPdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#openProblemsGate").tryQuery().isPresent());
        DialogPane gate = robot.lookup("#openProblemsGate").queryAs(DialogPane.class);
        assertThat(gate.getHeaderText()).startsWith("导出 PDF前请注意");
        assertThat(gate.getContentText()).contains("空白").contains("逾期");
        robot.clickOn("仍然导出 PDF");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> status(robot).startsWith("已导出"));
        assertThat(status(robot)).contains(pdf.toString()).contains("1 页");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo((float) (420 * POINTS_PER_MM), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getHeight()).isCloseTo((float) (297 * POINTS_PER_MM), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(new PDFTextStripper().getText(document)).contains("解州镇 环境整治责任区分布图")
                    .as("the coverage check's overlay is an on-screen aid, never part of a sheet")
                    .doesNotContain("GAP");
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("解州镇.pdf");
        }
    }

    @Test
    void anUnwritableFolderIsExplainedInChineseAndNothingIsLeft(FxRobot robot, @TempDir Path out) throws Exception {
        awaitSession();
        PrintDialog dialog = openFromMenu(robot);
        robot.interact(() -> dialog.setGate(ActionGate.ALWAYS));
        Path missing = out.resolve("没有这个文件夹").resolve("图.pdf");
        robot.interact(() -> dialog.setTargetChooser(fixed(missing)));
        robot.clickOn("#printExportPdf");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#printErrorDialog").tryQuery().isPresent());
        String said = robot.lookup("#printErrorDialog").queryAs(DialogPane.class).getContentText();
        assertThat(said).startsWith("无法写入").contains(missing.toString()).contains("请换一个文件夹");
        assertThat(out.toFile().list()).isEmpty();
        robot.interact(() -> robot.lookup("#printErrorDialog").queryAs(DialogPane.class).getScene().getWindow().hide());
    }

    @Test
    void withoutAPrinterPrintingSaysSo(FxRobot robot) throws Exception {
        assumeTrue(javafx.print.Printer.getAllPrinters().isEmpty(), "this machine has a printer");
        awaitSession();
        PrintDialog dialog = openFromMenu(robot);
        robot.interact(() -> dialog.setGate(ActionGate.ALWAYS));
        robot.clickOn("#printPrint");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printNoPrinterDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#printNoPrinterDialog").queryAs(DialogPane.class).getContentText())
                .startsWith("找不到打印机");
        robot.interact(() -> robot.lookup("#printNoPrinterDialog").queryAs(DialogPane.class).getScene().getWindow().hide());
    }

    @Test
    void theDesignIsRememberedInTheProjectAcrossReopening(FxRobot robot, MainWindow window) throws Exception {
        awaitSession();
        PrintDialog dialog = openFromMenu(robot);
        robot.clickOn("#printPaper").clickOn("A3");
        robot.clickOn("#printOrientation").clickOn("横向");
        robot.clickOn("#printTitle").write("盐湖区拆违攻坚作战图");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#printClose");
        WaitForAsyncUtils.waitForFxEvents();
        Path file = window.model().project().file();

        // Reopen as a user would the next day: close the window (which ends the session), start a new one.
        robot.interact(() -> window.stage().close());
        try (ProjectFile reader = ProjectFiles.openReadOnly(file)) {
            assertThat(reader.settings().read(SheetDesignText.SETTING_KEY)).hasValueSatisfying(text -> assertThat(text)
                    .contains("paper=A3").contains("orientation=LANDSCAPE"));
        }
        sample.openAgain(robot, file);
        awaitSession();
        PrintDialog reopened = openFromMenu(robot);
        assertThat(reopened).isNotSameAs(dialog);
        assertThat(robot.lookup("#printPaper").queryAs(ComboBox.class).getValue()).isEqualTo(Paper.A3);
        assertThat(robot.lookup("#printOrientation").queryAs(ComboBox.class).getValue()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(robot.lookup("#printTitle").queryAs(TextField.class).getText()).isEqualTo("盐湖区拆违攻坚作战图");
        assertThat(reopened.design().customTitle()).isEqualTo("盐湖区拆违攻坚作战图");
    }

    private void awaitSession() throws Exception {
        MainWindow window = sample.window();
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.mapView().framesPainted() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void zoomToJiezhou(FxRobot robot) {
        MainWindow window = sample.window();
        Feature jiezhou = window.model().project().layer("township").orElseThrow().layer().features().stream()
                .filter(f -> f.text("name").equals("解州镇")).findFirst().orElseThrow();
        Envelope display = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(jiezhou.geometry())
                .getEnvelopeInternal();
        robot.interact(() -> window.model().setViewport(Viewport.fitting(display, window.model().viewport().widthPx(),
                window.model().viewport().heightPx(), 10)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PrintDialog openFromMenu(FxRobot robot) throws Exception {
        robot.clickOn("#menuFile").clickOn("#menuPrint");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printRoot").tryQuery().isPresent());
        return PrintDialog.of(robot.lookup("#printRoot").query()).orElseThrow();
    }

    private static void awaitPreview(PrintDialog dialog, long shown) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> dialog.previewsShown() >= shown);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Image preview(FxRobot robot) {
        return robot.lookup("#printPreview").queryAs(ImageView.class).getImage();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#printStatus").queryAs(Label.class).getText();
    }

    /** A chooser that always answers {@code target} (also used by other window tests that export). */
    static TargetChooser fixed(Path target) {
        return new TargetChooser() {
            @Override
            public Optional<Path> file(Window owner, String suggestedName, String extension) {
                return Optional.of(target);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.of(target);
            }
        };
    }

    private static double nonWhiteShare(Image image) {
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        long marked = 0;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                if ((pixels.getArgb(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    marked++;
                }
            }
        }
        return marked / (double) ((w / 2) * (h / 2));
    }

    private static long checksum(Image image) {
        PixelReader pixels = image.getPixelReader();
        long sum = 17;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum = sum * 31 + pixels.getArgb(x, y);
            }
        }
        return sum;
    }
}
