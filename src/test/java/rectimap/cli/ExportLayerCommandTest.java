package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import rectimap.geo.Epsg;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/** {@code export-layer}: RFC 7946 GeoJSON GDAL reads back with Chinese values intact; bad input exits 2. */
class ExportLayerCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RectimapCli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path project(int epsg, String... wkts) {
        Path file = dir.resolve("项目.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(CliLayers.zones("cleanup_zone", epsg, wkts));
        }
        return file;
    }

    @Test
    void ogrinfoReadsTheExportWithChineseValuesAndLonLatCoordinates() throws Exception {
        // The first ring is clockwise on purpose: RFC 7946 wants exteriors counter-clockwise.
        Path file = project(Epsg.CGCS2000, "POLYGON ((111 35, 111 35.01, 111.01 35.01, 111.01 35, 111 35))",
                "POLYGON ((111.02 35, 111.03 35, 111.03 35.01, 111.0212345678 35.01, 111.02 35))");
        Path geojson = dir.resolve("片区.geojson");

        assertThat(run("export-layer", "--project", file.toString(), "--layer", "cleanup_zone", "--out",
                geojson.toString())).isZero();

        String text = Files.readString(geojson, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\"crs\"").contains("111.021234568");
        String info = GdalTools.ogrinfo("-al", geojson.toString()).requireSuccess().output();
        assertThat(info).contains("Feature Count: 2", "name (String) = 解州镇 1 号片区 \"东段\"\\",
                "unit (String) = 盐湖区住建局", "tons (Real) = 25", "sites (Integer) = 4", "since (Date) = 2026/03/02",
                "POLYGON ((111 35,111.01 35.0,111.01 35.01,111.0 35.01,111 35))");
        GeometryCollection read = (GeometryCollection) new GeoJsonReader().read(text);
        for (int i = 0; i < read.getNumGeometries(); i++) {
            Geometry polygon = read.getGeometryN(i);
            assertThat(Orientation.isCCW(((Polygon) polygon).getExteriorRing().getCoordinates())).isTrue();
        }
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("项目.gpkg", "片区.geojson");
    }

    @Test
    void aLayerInGaussKrugerMetresIsWrittenInDegrees() throws Exception {
        Path file = project(Epsg.CGCS2000_GK_CM_111E, "POLYGON ((500000 3875000, 500100 3875000,"
                + " 500100 3875100, 500000 3875000))");
        Path geojson = dir.resolve("gk.geojson");
        assertThat(run("export-layer", "--project", file.toString(), "--layer", "cleanup_zone", "--out",
                geojson.toString())).isZero();
        Geometry read = new GeoJsonReader().read(Files.readString(geojson));
        assertThat(read.getEnvelopeInternal().getMinX()).isBetween(110.9, 111.1);
        assertThat(read.getEnvelopeInternal().getMinY()).isBetween(34.9, 35.1);
    }

    @Test
    void badArgumentsAMissingFileAndAMissingLayerExitTwo() {
        Path file = project(Epsg.CGCS2000, "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))");
        Path geojson = dir.resolve("x.geojson");
        assertThat(run("export-layer", "--project", file.toString(), "--layer", "cleanup_zone")).isEqualTo(2);
        assertThat(run("export-layer", "--project", dir.resolve("无.gpkg").toString(), "--layer", "cleanup_zone",
                "--out", geojson.toString())).isEqualTo(2);
        assertThat(run("export-layer", "--project", file.toString(), "--layer", "no_such", "--out",
                geojson.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("缺少 --out", "无.gpkg", "no_such");
        assertThat(geojson).doesNotExist();
    }
}
