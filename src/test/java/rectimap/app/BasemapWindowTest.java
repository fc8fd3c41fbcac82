package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.raster.pyramid.TileFixtures;
import rectimap.raster.service.TiandituPreset;
import rectimap.raster.service.TiandituShapedServer;
import rectimap.render.Viewport;
import rectimap.ui.MainWindow;
import rectimap.ui.basemap.BasemapActions;
import rectimap.ui.basemap.BasemapEntry;
import rectimap.ui.print.PrintDialog;

/**
 * The toolbar's basemap switcher in the real window against a local Tianditu-shaped service: without a key the key
 * dialog asks, a cancel says why and nothing reaches the network; with the key typed in the dialog the imagery shows
 * under the map (the marker where it lies), the key stays in the user's settings and the choice in the project; a
 * sheet printed from the window carries the imagery as a PDF image and its credit as text.
 */
class BasemapWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();
    @TempDir
    static Path folder;
    static TiandituShapedServer tianditu;

    @BeforeAll
    static void startService() throws Exception {
        tianditu = TiandituShapedServer.asThePreset(folder);
    }

    @AfterAll
    static void stopService() {
        if (tianditu != null) {
            tianditu.close();
        }
    }

    @Test
    void withoutAKeyTheDialogAsksAndACancelFetchesNothing(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        ComboBox<BasemapEntry> switcher = switcher(robot);
        assertThat(switcher.getItems()).extracting(BasemapEntry::label)
                .containsExactly("无", "天地图矢量", "天地图影像", "天地图地形", "本地影像…");
        int before = tianditu.requests().asked().size();
        DialogPane dialog = choose(robot, switcher, 2);
        assertThat(robot.lookup("#tiandituKeyLink").queryAs(TextField.class).getText())
                .startsWith("https://console.tianditu.gov.cn");
        Screenshots.save(robot, (Stage) dialog.getScene().getWindow(), "basemap-key-dialog");
        assertThat(dialog.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText)
                .as("the buttons speak the user's language").containsExactly("确定", "取消");
        robot.interact(() -> button(dialog, "取消").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("没有天地图密钥").contains("没有访问网络");
        assertThat(switcher.getValue().label()).isEqualTo("无");
        assertThat(window.rasterGround().basemap()).isEmpty();
        Thread.sleep(300);
        assertThat(tianditu.requests().asked()).hasSize(before);
    }

    @Test
    void theKeyTypedInTheDialogShowsTiandituImageryAndASheetCarriesIt(FxRobot robot, @TempDir Path out,
            MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Coordinate marker = TileFixtures.markerInDisplay();
        robot.interact(() -> window.model().setViewport(new Viewport(marker.x, marker.y, 8,
                window.model().viewport().widthPx(), window.model().viewport().heightPx())));
        ComboBox<BasemapEntry> switcher = switcher(robot);
        DialogPane dialog = choose(robot, switcher, 2);
        robot.interact(() -> {
            robot.lookup("#tiandituKey").queryAs(TextField.class).setText(TiandituShapedServer.KEY);
            robot.lookup("#tiandituReview").queryAs(TextField.class).setText("GS(2025)1234号");
            button(dialog, "确定").fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(switcher.getValue().label()).isEqualTo("天地图影像");
        assertThat(window.rasterGround().basemap()).isPresent();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> markerShown(robot, marker));
        } finally {
            Screenshots.save(robot, window.stage(), "basemap-tianditu-imagery");
        }
        assertThat(tianditu.requests().asked()).isNotEmpty().allSatisfy(a ->
                assertThat(a.pathAndQuery()).contains("tk=" + TiandituShapedServer.KEY));

        PrintDialog print = openPrint(robot);
        Path pdf = out.resolve("底图.pdf");
        robot.interact(() -> print.setTargetChooser(PrintDialogTest.fixed(pdf)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.openProblemsGate().openProblems().isPresent());
        robot.clickOn("#printExportPdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#openProblemsGate").tryQuery().isPresent());
        robot.clickOn("仍然导出 PDF");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> robot.lookup("#printStatus").queryAs(Label.class).getText().startsWith("已导出"));
        java.nio.file.Files.copy(pdf, Path.of("target", "screenshots", "basemap-sheet.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new java.util.ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).as("the imagery is an image on the sheet").isNotEmpty();
            assertThat(images).anySatisfy(image -> {
                assertThat(image.getWidth()).isGreaterThan(500);
                assertThat(opaqueShare(image.getImage())).as("imagery drawn, not a blank mask").isGreaterThan(0.05);
            });
            assertThat(new PDFTextStripper().getText(document)).contains(TiandituPreset.ATTRIBUTION)
                    .contains("审图号：GS(2025)1234号");
        }
    }

    @Test
    void theChoiceIsKeptInTheProjectAndTheKeyInTheUsersSettings(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        ComboBox<BasemapEntry> switcher = switcher(robot);
        DialogPane dialog = choose(robot, switcher, 1);
        robot.interact(() -> {
            robot.lookup("#tiandituKey").queryAs(TextField.class).setText(TiandituShapedServer.KEY);
            button(dialog, "确定").fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(switcher.getValue().label()).isEqualTo("天地图矢量");
        Path file = window.model().project().file();
        String settings = java.nio.file.Files.readString(sample.home().resolve("settings.properties"));
        assertThat(settings).contains(TiandituShapedServer.KEY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sqlite(file,
                "SELECT value FROM gpkgext_rectimap_settings WHERE key = '" + BasemapActions.SETTING_KEY + "'")
                .contains("tianditu:vec"));
        assertThat(sqlite(file, "SELECT group_concat(value) FROM gpkgext_rectimap_settings")).doesNotContain(
                TiandituShapedServer.KEY);
    }

    /** The dialog's button reading {@code text}. */
    static javafx.scene.control.Button button(DialogPane dialog, String text) {
        return dialog.getButtonTypes().stream().filter(t -> t.getText().equals(text)).findFirst()
                .map(t -> (javafx.scene.control.Button) dialog.lookupButton(t))
                .orElseThrow(() -> new AssertionError("no button " + text + " in " + dialog.getButtonTypes()));
    }

    /** The share of pixels (sampled every 8th) that are not fully transparent. */
    private static double opaqueShare(java.awt.image.BufferedImage image) {
        int opaque = 0;
        int all = 0;
        for (int y = 0; y < image.getHeight(); y += 8) {
            for (int x = 0; x < image.getWidth(); x += 8) {
                all++;
                opaque += (image.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
            }
        }
        return all == 0 ? 0 : (double) opaque / all;
    }

    private static String sqlite(Path file, String query) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = connection.createStatement().executeQuery(query)) {
            return rows.next() ? String.valueOf(rows.getString(1)) : "";
        } catch (java.sql.SQLException e) {
            return "";
        }
    }

    private boolean markerShown(FxRobot robot, Coordinate marker) {
        MainWindow window = sample.window();
        return markerShown(robot, window, marker);
    }

    /** Whether the map canvas of {@code window} shows the fixture's magenta marker where it lies. */
    static boolean markerShown(FxRobot robot, MainWindow window, Coordinate marker) {
        robot.interact(() -> window.mapView().requestPaint());
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = robot.lookup("#mapCanvas").query();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        int x = (int) window.model().viewport().toScreenX(marker.x);
        int y = (int) window.model().viewport().toScreenY(marker.y);
        int argb = shot[0].getPixelReader().getArgb(x, y);
        int red = (argb >> 16) & 255;
        int green = (argb >> 8) & 255;
        int blue = argb & 255;
        // Magenta seen through the see-through township fill over imagery: green well below red and blue.
        return red - green > 50 && blue - green > 50;
    }

    private PrintDialog openPrint(FxRobot robot) throws Exception {
        robot.clickOn("#menuFile").clickOn("#menuPrint");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printRoot").tryQuery().isPresent());
        return PrintDialog.of(robot.lookup("#printRoot").query()).orElseThrow();
    }

    static ComboBox<BasemapEntry> switcher(FxRobot robot) {
        return robot.lookup("#basemapSwitcher").query();
    }

    /** Chooses line {@code index} as the user does (the key dialog waits in a nested loop), returns that dialog. */
    static DialogPane choose(FxRobot robot, ComboBox<BasemapEntry> switcher, int index) throws Exception {
        Platform.runLater(() -> switcher.getSelectionModel().select(index));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tiandituKeyDialog").tryQuery().isPresent());
        return robot.lookup("#tiandituKeyDialog").queryAs(DialogPane.class);
    }
}
