package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.edit.EditSession;
import rectimap.install.UserFolders;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.MapLayer;
import rectimap.raster.TileCache;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.pyramid.TileFixtures;
import rectimap.raster.service.MapProxyServer;
import rectimap.raster.service.ServiceAccess;
import rectimap.raster.service.ServiceLocations;
import rectimap.render.Viewport;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;
import rectimap.store.BulkProgress;
import rectimap.store.GdalTools;
import rectimap.store.TilePackage;
import rectimap.store.TilePackageFile;
import rectimap.store.Sqlite3;
import rectimap.ui.MainWindow;
import rectimap.ui.basemap.BasemapEntry;

/**
 * 底图 → 下载底图… in the real window against a real MapProxy on 127.0.0.1: the service layer the project shows is
 * offered, the estimate (tiles and MB) comes before the start, the tiles end up in the project file itself as a
 * standard tile pyramid (GDAL's validator and gdalinfo read it there, no package is left beside the project), the
 * editing session goes on (an edit and its undo right after), and with the server stopped and every cache emptied
 * the reopened project still draws the imagery, the marker where it lies. A cancel and a dead server leave no package
 * and say so; Tianditu without a key is refused before any request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BasemapDownloadWindowTest {
    private static final String AREAS = "responsibility_area";
    @RegisterExtension
    static final SampleWindow sample = new SampleWindow();
    @TempDir
    static Path folder;
    /** Stopped by the last test, which draws the downloaded package with the server gone. */
    static MapProxyServer mapProxy;
    static String xyz;

    @BeforeAll
    static void startMapProxy() throws Exception {
        mapProxy = MapProxyServer.serving(TileFixtures.mbTiles(TileFixtures.geoTiff(folder), folder), folder);
        xyz = mapProxy.base() + "/tiles/ortho/webmercator/{z}/{x}/{y}.png#maxzoom=14";
    }

    @AfterAll
    static void stop() throws Exception {
        if (mapProxy != null) {
            mapProxy.close();
        }
    }

    @Test
    @Order(2)
    void theViewIsStoredInTheProjectFileAndDrawnWithTheServerGone(FxRobot robot, MainWindow window) throws Exception {
        Coordinate marker = showServiceAtTheMarker(robot, xyz);
        Label estimate = openDialog(robot, xyz, 12, 14);
        assertThat(estimate.getText()).matches("共 \\d+ 个瓦片（第 12–14 级），约 <?[0-9.]+ MB。");
        Path project = window.model().project().file();
        String table = ProjectBasemaps.tableFor(id(xyz));
        EditSession session = window.editing().session().orElseThrow();
        robot.clickOn("#downloadStart");
        Label result = awaitResult(robot, 120);
        Screenshots.save(robot, (Stage) result.getScene().getWindow(), "basemap-download-done");
        assertThat(result.getText()).startsWith("已下载 ").contains("已存入项目文件").contains(table)
                .contains("断网时");
        // The pyramid is in the project file itself, registered as the standard says, so GDAL and QGIS read it.
        assertThat(ProjectBasemaps.folderOf(project)).as("no package is left beside the project").satisfiesAnyOf(
                f -> assertThat(f).doesNotExist(), f -> assertThat(f).isEmptyDirectory());
        GdalTools.Run valid = GdalTools.validateGpkg(project);
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(GdalTools.gdal("gdalinfo", "GPKG:" + project + ":" + table).requireSuccess().output())
                .contains("Driver: GPKG").contains("Overviews");
        assertThat(GdalTools.gdal("ogrinfo", "-ro", "-q", "-sql", "SELECT count(*) AS n FROM gpkg_contents c"
                + " JOIN gpkg_tile_matrix_set s USING (table_name) WHERE c.data_type = 'tiles' AND c.table_name = '"
                + table + "' AND (SELECT count(*) FROM gpkg_tile_matrix m WHERE m.table_name = c.table_name) = 3",
                project.toString()).requireSuccess().output()).contains("n (Integer) = 1");
        assertThat(Sqlite3.lines(project, "SELECT count(*) FROM \"" + table + "\";")).first()
                .satisfies(n -> assertThat(Integer.parseInt(n)).isPositive());

        // The editing session goes on right after: an edit and its undo reach the file.
        int areasBefore = areaRows(project);
        fx(() -> session.execute(anotherArea(session)).orElseThrow().durable()).get(30, TimeUnit.SECONDS);
        assertThat(areaRows(project)).isEqualTo(areasBefore + 1);
        fx(() -> session.undo().orElseThrow().durable()).get(30, TimeUnit.SECONDS);
        assertThat(areaRows(project)).isEqualTo(areasBefore);

        mapProxy.close();
        TileCache.shared().dropSource(id(xyz));
        deleteTree(UserFolders.current().data().resolve("tiles"));
        robot.interact(() -> window.stage().close());
        MainWindow reopened = sample.openAgain(robot, project);
        sample.awaitEditingSession();
        robot.interact(() -> reopened.model().setViewport(new Viewport(marker.x, marker.y, 8,
                reopened.model().viewport().widthPx(), reopened.model().viewport().heightPx())));
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> BasemapWindowTest.markerShown(robot, reopened, marker));
        } finally {
            Screenshots.save(robot, reopened.stage(), "basemap-download-offline");
        }
    }

    @Test
    @Order(1)
    void aCancelAndADeadServerLeaveNoPackageAndSaySo(FxRobot robot, MainWindow window) throws Exception {
        // Levels MapProxy's grid has but the ortho does not: thousands of (blank) tiles, so the cancel comes first.
        String deep = xyz.replace("#maxzoom=14", "#maxzoom=18");
        showServiceAtTheMarker(robot, deep);
        Path project = window.model().project().file();
        openDialog(robot, deep, 14, 18);
        robot.clickOn("#downloadStart");
        robot.clickOn("#downloadCancel");
        Label result = awaitResult(robot, 60);
        assertThat(result.getText()).startsWith("已取消下载").contains("项目文件未改变");
        assertThat(ProjectBasemaps.folderOf(project)).satisfiesAnyOf(
                f -> assertThat(f).doesNotExist(), f -> assertThat(f).isEmptyDirectory());

        String dead = "http://127.0.0.1:9/tiles/ortho/webmercator/{z}/{x}/{y}.png#maxzoom=14";
        closeDialog(robot);
        robot.interact(() -> window.rasters().add(dead));
        openDialog(robot, dead, 13, 13);
        robot.clickOn("#downloadStart");
        result = awaitResult(robot, 120);
        assertThat(result.getText()).startsWith("下载失败：").contains("没有响应").contains("没有保存任何瓦片");
        assertThat(ProjectBasemaps.fileFor(project, id(dead))).doesNotExist();

        robot.interact(() -> source(robot).getSelectionModel().select(source(robot).getItems().stream()
                .filter(e -> e.location().equals("tianditu:img")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !estimateOf(robot).getText().startsWith("正在估算"));
        assertThat(estimateOf(robot).getText()).contains("天地图密钥");
        assertThat(robot.lookup("#downloadStart").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    @Order(3)
    void aPackageAnEarlierVersionLeftBesideTheProjectMovesIntoIt(FxRobot robot, MainWindow window) throws Exception {
        sample.awaitEditingSession();
        Path project = window.model().project().file();
        robot.interact(() -> window.stage().close());
        // What 下载底图 of an earlier version left: a finished package in the tile folder beside the project.
        String source = "http://127.0.0.1:9/earlier/{z}/{x}/{y}.png";
        Path beside = ProjectBasemaps.fileFor(project, source);
        TileMatrixSet set = WellKnownSets.webMercator("xyz", 0, 14);
        List<TileAddress> tiles = List.of(new TileAddress(set.zoom(12).orElseThrow(), 3300, 1600),
                new TileAddress(set.zoom(12).orElseThrow(), 3301, 1600));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(256, 256,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        assertThat(TilePackageFile.write(beside, new TilePackage(ProjectBasemaps.tableFor(source), "早先的底图",
                ProjectBasemaps.DESCRIPTION_PREFIX + source, set, tiles), t -> Optional.of(png.toByteArray()),
                BulkProgress.NONE))
                .isEqualTo(2);

        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            MainWindow reopened = sample.openAgain(project);
            ((Label) reopened.stage().getScene().lookup("#statusMessage")).textProperty()
                    .addListener((o, was, now) -> said.add(now));
        });
        sample.awaitEditingSession();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !Files.exists(beside));
        assertThat(Sqlite3.lines(project, "SELECT count(*) FROM " + ProjectBasemaps.tableFor(source) + ";"))
                .containsExactly("2");
        assertThat(ProjectBasemaps.folderOf(project)).doesNotExist();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> said.stream().anyMatch(t -> t.contains("存入项目文件")));
        GdalTools.Run valid = GdalTools.validateGpkg(project);
        assertThat(valid.exitCode()).as(valid.output()).isZero();
    }

    private Coordinate showServiceAtTheMarker(FxRobot robot, String location) throws Exception {
        MainWindow window = sample.window();
        sample.awaitEditingSession();
        Coordinate marker = TileFixtures.markerInDisplay();
        robot.interact(() -> window.model().setViewport(new Viewport(marker.x, marker.y, 8,
                window.model().viewport().widthPx(), window.model().viewport().heightPx())));
        robot.interact(() -> window.rasters().add(location));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.rasterGround().layers().stream()
                .anyMatch(l -> l.location().equals(location)));
        return marker;
    }

    /** Opens 下载底图… from the menu, chooses {@code location} and the levels, waits for the estimate. */
    private static Label openDialog(FxRobot robot, String location, int min, int max) throws Exception {
        robot.clickOn("#menuBasemap").clickOn("#menuBasemapDownload");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#basemapDownloadDialog").tryQuery().isPresent());
        ComboBox<BasemapEntry> source = source(robot);
        assertThat(source.getItems()).extracting(BasemapEntry::location).contains(location, "tianditu:img");
        robot.interact(() -> {
            source.getSelectionModel().select(source.getItems().stream()
                    .filter(e -> e.location().equals(location)).findFirst().orElseThrow());
            robot.lookup("#downloadMinZoom").queryAs(Spinner.class).getValueFactory().setValue(min);
            robot.lookup("#downloadMaxZoom").queryAs(Spinner.class).getValueFactory().setValue(max);
        });
        assertThat(robot.lookup("#downloadExtent").queryAs(ComboBox.class).getValue().toString())
                .isEqualTo("当前视图");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#downloadStart").queryAs(Button.class).isDisabled());
        return estimateOf(robot);
    }

    private static void closeDialog(FxRobot robot) {
        robot.lookup("#basemapDownloadDialog").tryQuery().ifPresent(pane -> robot.interact(() ->
                ((Stage) pane.getScene().getWindow()).close()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<BasemapEntry> source(FxRobot robot) {
        return robot.lookup("#downloadSource").queryAs(ComboBox.class);
    }

    private static Label estimateOf(FxRobot robot) {
        return robot.lookup("#downloadEstimate").queryAs(Label.class);
    }

    private static Label awaitResult(FxRobot robot, int seconds) throws Exception {
        Label result = robot.lookup("#downloadResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> !result.getText().isBlank());
        return result;
    }

    private static int areaRows(Path project) {
        return Integer.parseInt(Sqlite3.lines(project, "SELECT count(*) FROM " + AREAS + ";").get(0));
    }

    /** A copy of the first responsibility area, a little further east. */
    private static ChangeSet anotherArea(EditSession session) {
        List<Feature> areas = session.project().layer(AREAS).map(MapLayer::layer).orElseThrow().features();
        Feature template = areas.get(0);
        long id = areas.stream().mapToLong(Feature::id).max().orElse(0) + 1;
        Geometry moved = AffineTransformation.translationInstance(0.01, 0).transform(template.geometry());
        return new ChangeSet("新增 责任区", List.of(FeatureChange.added(AREAS,
                new Feature(id, moved, new LinkedHashMap<>(template.attributes())))));
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private static String id(String location) throws Exception {
        return ServiceLocations.describe(location, ServiceAccess.standard()).id();
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
