package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.raster.GeoTiffFixtures;
import rectimap.raster.GeoTiffFixtures.Recipe;
import rectimap.ui.MainWindow;
import rectimap.ui.identify.IdentifyView;
import rectimap.ui.raster.RasterActions;

/**
 * A GDAL-made GeoTIFF added as a raster layer in the real window: its row in the layer panel, the imagery under the
 * vectors (a red pixel where it lies, the village symbols still on top), identify on the pixel, the opacity slider,
 * and a file that cannot be drawn explained without changing the list.
 */
class RasterLayerWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void anOrthophotoShowsUnderTheVectorsAndIdentifiesItsPixels(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Feature village = MapClick.feature(window, "village", "code", "140802101207");
        Coordinate at = village.geometry().getCoordinate();
        // The red pixel of a 0.5 m CGCS2000 lon/lat file lies 60 m east of the village point.
        double pixel = 0.000005;
        double redLon = at.x + 0.00066;
        Recipe recipe = new Recipe(4490, redLon - 400.5 * pixel, at.y + 300.5 * pixel, pixel, 800, 600, 400, 300,
                "rgb", "GTiff", List.of("TILED=YES", "COMPRESS=LZW"), List.of(2, 4), false);
        Path file = GeoTiffFixtures.write(sample.home().resolve("正射影像.tif"), recipe);

        robot.interact(() -> window.rasters().add(file.toString()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#rasterVisible-0").tryQuery().isPresent());
        assertThat(robot.lookup("#rasterVisible-0").queryAs(CheckBox.class).getText()).isEqualTo("正射影像.tif");

        Coordinate red = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(recipe.redX(),
                recipe.redY());
        Coordinate villageGrid = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(at.x, at.y);
        robot.interact(() -> {
            window.model().zoomToScale(2_000);
            window.model().setViewport(window.model().viewport().centredOn(villageGrid.x, villageGrid.y));
        });
        awaitImagery(robot);
        WritableImage shot = snapshot(robot);
        int redX = (int) window.model().viewport().toScreenX(red.x);
        int redY = (int) window.model().viewport().toScreenY(red.y);
        assertThat(isRed(shot.getPixelReader().getArgb(redX, redY))).as("the red pixel where it lies").isTrue();
        int groundX = (int) window.model().viewport().toScreenX(villageGrid.x) - 40;
        int groundY = (int) window.model().viewport().toScreenY(villageGrid.y) + 40;
        int ground = shot.getPixelReader().getArgb(groundX, groundY);
        assertThat(Math.abs(((ground >> 16) & 0xff) - 128)).as("grey ground through the see-through fills")
                .isLessThan(70);
        int symbol = shot.getPixelReader().getArgb((int) window.model().viewport().toScreenX(villageGrid.x),
                (int) window.model().viewport().toScreenY(villageGrid.y));
        assertThat(symbol).as("the village symbol is drawn over the imagery").isNotEqualTo(ground);
        Screenshots.save(robot, window.stage(), "raster-under-vectors");

        // The pixel is read and decoded off the FX thread: the FX task that asks ends before the answer comes.
        List<List<RasterActions.PixelLines>> answers = new CopyOnWriteArrayList<>();
        boolean[] answeredWhileAsking = new boolean[1];
        robot.interact(() -> {
            window.rasters().valuesAt(red.x, red.y, answers::add);
            answeredWhileAsking[0] = !answers.isEmpty();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !answers.isEmpty());
        assertThat(answeredWhileAsking[0]).isFalse();
        assertThat(answers.get(0)).extracting(RasterActions.PixelLines::title).containsExactly("正射影像.tif");

        MapClick.at(robot, window, new Coordinate(recipe.redX(), recipe.redY()), 400);
        IdentifyView panel = robot.lookup("#identifyPanel").queryAs(IdentifyView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.lines().contains("红: 255"));
        assertThat(panel.lines()).contains("正射影像.tif: 栅格像元值", "红: 255", "绿: 0", "蓝: 0", "像元: 列 400，行 300");

        robot.interact(() -> robot.lookup("#rasterOpacity-0").queryAs(Slider.class).setValue(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.mapView().requestPaint());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.mapView().isPaintPending());
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage faded = snapshot(robot);
        int centreX = (int) window.model().viewport().toScreenX(red.x);
        int centreY = (int) window.model().viewport().toScreenY(red.y);
        assertThat(isRed(faded.getPixelReader().getArgb(centreX, centreY))).as("opacity 0 hides it").isFalse();
    }

    @Test
    void aFileThatCannotBeDrawnIsExplainedAndNothingIsAdded(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path text = Files.writeString(sample.home().resolve("notes.tif"), "not an image");
        robot.interact(() -> window.rasters().add(text.toString()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#rasterProblem").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#rasterProblem").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("notes.tif").contains("GeoTIFF");
        assertThat(window.rasterGround().layers()).isEmpty();
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    private void awaitImagery(FxRobot robot) throws Exception {
        MainWindow window = sample.window();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.rasterGround().isSettled(window.model().viewport()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.mapView().isPaintPending());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static WritableImage snapshot(FxRobot robot) {
        Node canvas = robot.lookup("#mapCanvas").query();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        return shot[0];
    }

    private static boolean isRed(int argb) {
        return ((argb >> 16) & 0xff) - ((argb >> 8) & 0xff) > 100;
    }
}
