package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.pyramid.TilePyramid;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;

/**
 * The window's 下载底图 ends by moving the finished package from beside the project into the project file, through
 * the project's writer in one transaction: afterwards the project holds a standard tile pyramid (GDAL's validator,
 * gdalinfo and QGIS read it), the package is gone, and the editing session goes on. A cancel, a damaged package and a
 * full disk leave the project byte for byte as it was; another program holding the file makes the move wait and
 * land once the file is free.
 */
class TilePackageMoveTest {
    private static final String SOURCE = "http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png";
    private static final String TABLE = ProjectBasemaps.tableFor(SOURCE);
    private static final Duration LANDS_WITHIN = Duration.ofSeconds(60);
    private final TileMatrixSet set = WellKnownSets.webMercator("xyz", 0, 6);
    @TempDir
    Path dir;

    @Test
    void aFinishedPackageEndsInTheProjectFileAsAStandardTilePyramid() throws Exception {
        Path file = newProject();
        Path beside = besidePackage(file, List.of(tile(3, 1, 2), tile(3, 2, 2), tile(4, 3, 5)), 7);
        try (SharedFileSession editing = new SharedFileSession(file)) {
            GeoPackageJournal journal = editing.project.journal().orElseThrow();
            assertThat(moveIn(journal, beside)
                    .get(60, TimeUnit.SECONDS)).isEqualTo(3);
            assertThat(ProjectBasemaps.folderOf(file)).as("nothing left beside the project").doesNotExist();
            // A second area of the same source joins the same table.
            beside = besidePackage(file, List.of(tile(4, 4, 5)), 8);
            assertThat(moveIn(journal, beside)
                    .get(60, TimeUnit.SECONDS)).isEqualTo(1);
            // The session goes on: steps after the move land in the file.
            SharedFileSession.awaitAll(editing.edit(2), LANDS_WITHIN);
        }
        SharedFileSession.assertFileHoldsSteps(file, 2);
        GdalTools.Run valid = GdalTools.validateGpkg(file);
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(GdalTools.gdal("gdalinfo", "GPKG:" + file + ":" + TABLE).requireSuccess().output())
                .contains("Driver: GPKG").contains("Overviews");
        assertThat(SharedFileSession.sqlite3(file, "SELECT count(*) FROM " + TABLE + ";")).isEqualTo("4");
        assertThat(SharedFileSession.sqlite3(file, "SELECT group_concat(zoom_level) FROM gpkg_tile_matrix"
                + " WHERE table_name = '" + TABLE + "'")).isEqualTo("3,4");
        try (TilePyramid found = ProjectBasemaps.find(file, SOURCE).orElseThrow()) {
            assertThat(found.tileBytes(tile(4, 4, 5))).contains(png(8));
            assertThat(found.tileBytes(tile(3, 1, 2))).contains(png(7));
        }
        Optional<String> qgis = PyQgis.run(file, dir, "tiles.py",
                "layer = QgsRasterLayer('GPKG:' + sys.argv[1] + ':" + TABLE + "', 'ground', 'gdal')",
                "print('valid', layer.isValid(), layer.crs().authid(), layer.bandCount())");
        qgis.ifPresent(out -> assertThat(out).contains("valid True EPSG:3857"));
    }

    @Test
    void aCancelOrADamagedPackageLeavesTheProjectByteForByte() throws Exception {
        Path file = newProject();
        Path beside = besidePackage(file, List.of(tile(3, 1, 2), tile(3, 2, 2), tile(3, 3, 2)), 7);
        try (SharedFileSession editing = new SharedFileSession(file)) {
            GeoPackageJournal journal = editing.project.journal().orElseThrow();
            byte[] before = Files.readAllBytes(file);
            int[] asked = {0};
            assertThat(journal.moveInTilePackage(beside, new BulkProgress() {
                @Override
                public boolean cancelRequested() {
                    return ++asked[0] > 2;
                }
            }, () -> { }).get(60, TimeUnit.SECONDS)).isEqualTo(-1);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(beside).as("the user gave it up").doesNotExist();

            Path damaged = Files.createDirectories(ProjectBasemaps.folderOf(file)).resolve("basemap_damaged.gpkg");
            Files.write(damaged, "SQLite format 3\0 not really".getBytes());
            assertThatThrownBy(() -> moveIn(journal, damaged)
                    .get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(StoreException.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(damaged).as("kept: nothing is deleted that did not arrive").exists();
            SharedFileSession.awaitAll(editing.edit(1), LANDS_WITHIN);
        }
        SharedFileSession.assertFileHoldsSteps(file, 1);
    }

    @Test
    void anotherProgramHoldingTheFileMakesTheMoveWaitUntilItIsFree() throws Exception {
        Path file = newProject();
        Path beside = besidePackage(file, List.of(tile(3, 1, 2), tile(3, 2, 2)), 7);
        try (SharedFileSession editing = new SharedFileSession(file)) {
            GeoPackageJournal journal = editing.project.journal().orElseThrow();
            byte[] before = Files.readAllBytes(file);
            CountDownLatch waited = new CountDownLatch(1);
            CompletableFuture<Long> move;
            try (SqliteHold other = SqliteHold.writing(file)) {
                move = journal.moveInTilePackage(beside, BulkProgress.NONE, waited::countDown);
                assertThat(waited.await(60, TimeUnit.SECONDS)).as("told it waits for the file").isTrue();
                assertThat(move).isNotDone();
                assertThat(Files.readAllBytes(file)).isEqualTo(before);
                assertThat(beside).exists();
            }
            assertThat(move.get(60, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(beside).doesNotExist();
            SharedFileSession.awaitAll(editing.edit(1), LANDS_WITHIN);
        }
        assertThat(SharedFileSession.sqlite3(file, "SELECT count(*) FROM " + TABLE)).isEqualTo("2");
        SharedFileSession.assertFileHoldsSteps(file, 1);
    }

    @Test
    void aFullDiskLeavesTheProjectAsItWasAndKeepsThePackage() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "4m")) {
            Path file = SharedFileSession.newProject(disk.root.resolve("满盘.gpkg"));
            List<TileAddress> many = new ArrayList<>();
            for (int column = 0; column < 40; column++) {
                many.add(tile(6, column, 20));
            }
            // Noise does not compress: 40 tiles of ~190 KB cannot fit on a disk of 4 MB.
            Path beside = dir.resolve("elsewhere").resolve(TABLE + ".gpkg");
            assertThat(TilePackageFile.write(beside, pkg(many), t -> Optional.of(noise(t.column())),
                    BulkProgress.NONE)).isEqualTo(40);
            try (SharedFileSession editing = new SharedFileSession(file)) {
                GeoPackageJournal journal = editing.project.journal().orElseThrow();
                byte[] before = Files.readAllBytes(file);
                assertThatThrownBy(() -> moveIn(journal, beside)
                        .get(120, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .satisfies(e -> assertThat(((StoreException) e.getCause()).problem())
                                .isEqualTo(StoreProblem.DISK_FULL));
                assertThat(Files.readAllBytes(file)).isEqualTo(before);
                assertThat(beside).as("nothing lost").exists();
                SharedFileSession.awaitAll(editing.edit(1), LANDS_WITHIN);
            }
            SharedFileSession.assertFileHoldsSteps(file, 1);
            assertThat(SharedFileSession.sqlite3(file, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    private Path newProject() {
        return SharedFileSession.newProject(dir.resolve("plan.gpkg"));
    }

    /** Moves {@code packageFile} into the project through {@code journal}, not cancelled, not told of waiting. */
    private static CompletableFuture<Long> moveIn(GeoPackageJournal journal, Path packageFile) {
        return journal.moveInTilePackage(packageFile, BulkProgress.NONE, () -> { });
    }

    /** A finished package beside {@code project} with {@code tiles}, each a PNG marked by {@code shade}. */
    private Path besidePackage(Path project, List<TileAddress> tiles, int shade) throws Exception {
        Path beside = ProjectBasemaps.fileFor(project, SOURCE);
        byte[] png = png(shade);
        assertThat(TilePackageFile.write(beside, pkg(tiles), t -> Optional.of(png), BulkProgress.NONE))
                .isEqualTo(tiles.size());
        return beside;
    }

    private TilePackage pkg(List<TileAddress> tiles) {
        return new TilePackage(TABLE, "测试底图", ProjectBasemaps.DESCRIPTION_PREFIX + SOURCE, set, tiles);
    }

    private TileAddress tile(int zoom, long column, long row) {
        return new TileAddress(set.zoom(zoom).orElseThrow(), column, row);
    }

    private static byte[] png(int shade) throws Exception {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0x010101 * shade);
        return encoded(image);
    }

    private static byte[] noise(long seed) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try {
            return encoded(image);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
