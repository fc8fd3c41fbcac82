package rectimap.raster.service;

import rectimap.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.geo.CrsTransform;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.pyramid.TileFixtures;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PublishedSample;

/**
 * 下载底图 through the real command line against the local Tianditu-shaped service: the key is set once in the user's
 * settings, the township's tiles are stored in the project as a standard tile pyramid (GDAL's validator passes,
 * gdalinfo reads the table), the key is nowhere in the project file, and with the service gone the map draws the
 * ortho from the package, the marker within half a pixel. A shared project gives the township's area but stores no
 * tiles: without {@code --out} the download is refused in one sentence, with it the tiles go into a package file.
 */
class BasemapDownloadTest {
    @TempDir
    static Path folder;
    static TiandituShapedServer tianditu;
    static Path project;
    static String township;
    static String previousHome;

    @BeforeAll
    static void start() throws Exception {
        tianditu = TiandituShapedServer.asThePreset(folder);
        previousHome = System.getProperty("rectimap.home");
        System.setProperty("rectimap.home", folder.resolve("home").toString());
        project = Files.copy(Path.of("maps", "yanhu-sample.gpkg"), folder.resolve("project.gpkg"));
        Coordinate marker = TileFixtures.markerCentre();
        Coordinate lonLat = CrsTransform.between(3857, 4490).apply(marker.x, marker.y);
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            township = DivisionPlaces.of(ProjectAssembler.assemble(project, store))
                    .townshipAt(new GeometryFactory().createPoint(lonLat)).orElseThrow().name();
        }
    }

    @AfterAll
    static void stop() {
        if (previousHome == null) {
            System.clearProperty("rectimap.home");
        } else {
            System.setProperty("rectimap.home", previousHome);
        }
        if (tianditu != null) {
            tianditu.close();
        }
    }

    @Test
    void aTownshipIsDownloadedIntoTheProjectAndDrawnOffline() throws Exception {
        CliRun noKey = CliRun.of("basemap", "download", "--project", project.toString(), "--source", "tianditu:img",
                "--extent", "township:" + township, "--zooms", "13-15");
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).contains("天地图密钥").contains("basemap set-key");
        byte[] untouched = Files.readAllBytes(project);

        assertThat(CliRun.of("basemap", "set-key", TiandituShapedServer.KEY).code()).isZero();
        CliRun tooMany = CliRun.of("basemap", "download", "--project", project.toString(), "--source", "tianditu:img",
                "--extent", "township:" + township, "--zooms", "13-15", "--max-tiles", "3", "--lang", "en");
        assertThat(tooMany.code()).isEqualTo(2);
        assertThat(tooMany.out()).contains("tiles (levels 13–15)");
        assertThat(tooMany.err()).contains("more than the limit of 3");
        assertThat(Files.readAllBytes(project)).isEqualTo(untouched);

        CliRun done = CliRun.of("basemap", "download", "--project", project.toString(), "--source", "tianditu:img",
                "--extent", "township:" + township, "--zooms", "13-15");
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("个瓦片").contains("basemap_tianditu_img_c");

        String table = "basemap_tianditu_img_c";
        GdalTools.Run valid = GdalTools.validateGpkg(project);
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        String info = GdalTools.gdal("gdalinfo", "GPKG:" + project + ":" + table).requireSuccess().output();
        assertThat(info).contains("Driver: GPKG").contains("Overviews");
        assertThat(new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1))
                .doesNotContain(TiandituShapedServer.KEY);

        System.setProperty(TiandituShapedServer.URL_PROPERTY, "http://127.0.0.1:9");
        ServiceAccess offline = ServiceAccess.of(folder.resolve("empty-cache"), ServiceAccess.DEFAULT_CACHE_BYTES,
                Optional.of(TiandituShapedServer.KEY), id -> ProjectBasemaps.find(project, id));
        try {
            MarkerCheck.assertPlaced("tianditu:img", offline, 4490);
        } finally {
            System.setProperty(TiandituShapedServer.URL_PROPERTY, tianditu.base());
        }
    }

    /**
     * A download into a package ({@code --out}) that cannot finish (the service gone) names the package, which is
     * left as it was (or not made), not "the project file".
     */
    @Test
    void anUnfinishedDownloadIntoAPackageNamesThePackage() throws Exception {
        assertThat(CliRun.of("basemap", "set-key", TiandituShapedServer.KEY).code()).isZero();
        Path pkg = folder.resolve("unfinished.gpkg");
        byte[] untouched = Files.readAllBytes(project);
        System.setProperty(TiandituShapedServer.URL_PROPERTY, "http://127.0.0.1:9");
        try {
            CliRun failed = CliRun.of("basemap", "download", "--project", project.toString(), "--source",
                    "tianditu:vec", "--extent", "township:" + township, "--zooms", "12-12", "--out", pkg.toString());
            assertThat(failed.code()).as(failed.out() + failed.err()).isEqualTo(1);
            assertThat(failed.err()).contains("底图包 " + pkg).doesNotContain("项目文件");
            CliRun english = CliRun.of("basemap", "download", "--project", project.toString(), "--source",
                    "tianditu:vec", "--extent", "township:" + township, "--zooms", "12-12", "--out", pkg.toString(),
                    "--lang", "en");
            assertThat(english.err()).contains("basemap package " + pkg).doesNotContain("project file");
            Path existing = Files.copy(project, folder.resolve("existing-package.gpkg"));
            CliRun kept = CliRun.of("basemap", "download", "--project", project.toString(), "--source",
                    "tianditu:vec", "--extent", "township:" + township, "--zooms", "12-12", "--out",
                    existing.toString());
            assertThat(kept.err()).contains("底图包 " + existing + " 保持原样");
            assertThat(Files.readAllBytes(existing)).isEqualTo(untouched);
        } finally {
            System.setProperty(TiandituShapedServer.URL_PROPERTY, tianditu.base());
        }
        assertThat(pkg).doesNotExist();
        assertThat(Files.readAllBytes(project)).isEqualTo(untouched);
    }

    @Test
    void aSharedProjectGivesTheAreaAndItsTilesGoIntoAPackageOfTheirOwn() throws Exception {
        assertThat(CliRun.of("basemap", "set-key", TiandituShapedServer.KEY).code()).isZero();
        String shared = PublishedSample.create(Files.createDirectories(folder.resolve("shared")))
                .address(PgCluster.SUPERUSER).toString();
        CliRun refused = CliRun.of("basemap", "download", "--project", shared, "--source", "tianditu:img",
                "--extent", "township:" + township, "--zooms", "13-15");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("不存放底图瓦片").contains("--out").contains("本地影像")
                .doesNotContain("Exception");

        Path pkg = folder.resolve("shared-basemap.gpkg");
        CliRun done = CliRun.of("basemap", "download", "--project", shared, "--source", "tianditu:img",
                "--extent", "township:" + township, "--zooms", "13-15", "--out", pkg.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("个瓦片").contains("shared-basemap.gpkg!basemap_tianditu_img_c");
        GdalTools.Run valid = GdalTools.validateGpkg(pkg);
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(GdalTools.gdal("gdalinfo", "GPKG:" + pkg + ":basemap_tianditu_img_c").requireSuccess().output())
                .contains("Driver: GPKG");
    }
}
