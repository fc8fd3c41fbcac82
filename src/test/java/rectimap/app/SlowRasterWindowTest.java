package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.raster.GeoTiffFixtures;
import rectimap.ui.MainWindow;

/**
 * A project whose raster layer is slow to open (a WMTS on 127.0.0.1 that holds its capabilities answer until the
 * test lets it go) starts without waiting for it: the map, the editing session and the FX thread are free while the
 * layer is listed as opening; the server's refusal then shows as a sentence in the layer panel and the status bar.
 */
class SlowRasterWindowTest {
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();

    @Test
    void theProjectStartsWhileItsRasterStillOpens(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path tif = GeoTiffFixtures.write(sample.home().resolve("ortho.tif"), new GeoTiffFixtures.Recipe(4546, 37_500_000, 3_880_000, 10,
                64, 64, 10, 10, "rgb", "GTiff", java.util.List.of(), java.util.List.of(), false));
        robot.interact(() -> window.rasters().add(tif.toString()));
        Path project = window.model().project().file();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> storedLayers(project).contains("ortho.tif"));
        robot.interact(() -> window.stage().close());

        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "busy".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        try {
            String slow = "http://127.0.0.1:" + server.getAddress().getPort() + "/wmts/1.0.0/WMTSCapabilities.xml";
            storeLayer(project, slow);
            MainWindow reopened = sample.openAgain(robot, project);
            sample.awaitEditingSession();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> asked.get() > 0);
            WaitForAsyncUtils.waitForFxEvents();
            // The server still holds its answer: the window is drawn and answers, the layer is listed as opening.
            assertThat(release.getCount()).isEqualTo(1);
            Label opening = robot.from(reopened.stage().getScene().getRoot()).lookup("#rasterLoading-0")
                    .queryAs(Label.class);
            assertThat(opening.getText()).startsWith("正在打开 http://127.0.0.1:");
            assertThat(reopened.model().project().file()).isEqualTo(project);
            Screenshots.save(robot, reopened.stage(), "raster-opening-at-start");
            release.countDown();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> robot.from(reopened.stage().getScene().getRoot()).lookup("#rasterFailed-0").tryQuery()
                            .isPresent());
            String sentence = robot.from(reopened.stage().getScene().getRoot()).lookup("#rasterFailed-0")
                    .queryAs(Label.class).getText();
            assertThat(sentence).contains("127.0.0.1").doesNotContain("Exception");
            assertThat(robot.from(reopened.stage().getScene().getRoot()).lookup("#statusMessage").queryAs(Label.class)
                    .getText()).contains("127.0.0.1");
            assertThat(reopened.rasterGround().layers()).isEmpty();
        } finally {
            release.countDown();
            server.stop(0);
        }
    }

    private static String storedLayers(Path project) {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + project);
             var rows = connection.createStatement().executeQuery(
                     "SELECT value FROM gpkgext_rectimap_settings WHERE key = 'raster.layers'")) {
            return rows.next() ? String.valueOf(rows.getString(1)) : "";
        } catch (java.sql.SQLException e) {
            return "";
        }
    }

    private static void storeLayer(Path project, String location) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + project);
             var update = connection.prepareStatement(
                     "UPDATE gpkgext_rectimap_settings SET value = ? WHERE key = 'raster.layers'")) {
            update.setString(1, "shown\t1.000\t" + location + "\n");
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
