package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import rectimap.model.Feature;
import rectimap.model.FieldType;
import rectimap.model.Layer;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * {@code import}: files GDAL wrote (GeoJSON with the legacy crs member, RFC 7946 GeoJSON, GeoJSON in EPSG:4546
 * metres, KML, LIBKML, CSV with X/Y in UTF-8, UTF-8 with BOM and GB18030, GeoPackage) become a new project layer
 * with the same Chinese text, numbers, dates and geometry (within 1e-9° or 1 mm for reprojected input).
 */
class ImportCommandGdalTest {
    @TempDir
    Path dir;

    @Test
    void geoJsonWithTheLegacyCrsMemberImportsValueByValue() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path geojson = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "GeoJSON", dir.resolve("片区.geojson"));
        assertThat(Files.readString(geojson)).contains("EPSG::4490");

        Layer layer = imported(project, geojson, "pianqu");

        assertPolygonsLikeSeed(layer, 1e-9);
        assertThat(layer.info().type().field("since").orElseThrow().type()).isEqualTo(FieldType.DATE);
    }

    @Test
    void rfc7946GeoJsonAndGeoJsonInGaussKruegerMetresAreReprojected() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path rfc = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "GeoJSON", dir.resolve("rfc.geojson"),
                "-lco", "RFC7946=YES");
        Path metres = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "GeoJSON",
                dir.resolve("metres.geojson"), "-t_srs", "EPSG:4546", "-lco", "COORDINATE_PRECISION=6");
        assertThat(Files.readString(metres)).contains("EPSG::4546");

        assertPolygonsLikeSeed(imported(project, rfc, "rfc"), 1e-7);
        // 1 mm on the ground is about 1e-8 degrees.
        assertPolygonsLikeSeed(imported(project, metres, "metres"), 1e-8);
    }

    @Test
    void kmlFromBothGdalDriversImportsNamesAndData() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path kml = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "KML", dir.resolve("kml.kml"));
        Path libkml = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "LIBKML", dir.resolve("libkml.kml"));

        for (Layer layer : List.of(imported(project, kml, "kml"), imported(project, libkml, "libkml"))) {
            assertThat(layer.features()).hasSize(2);
            assertThat(layer.features().get(1).text("name")).isEqualTo("北相镇,东段");
            assertThat(layer.features().get(1).text("person")).isEqualTo("李四");
            assertThat(((Number) layer.features().get(0).get("tons")).doubleValue()).isEqualTo(25.5);
            assertThat(layer.features().get(0).geometry().getGeometryN(0).norm()
                    .equalsExact(seed(0), 1e-9)).isTrue();
        }
    }

    @Test
    void csvPointsInUtf8WithAndWithoutBomAndInGb18030() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path csv = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POINTS_CSV, "CSV", dir.resolve("points.csv"),
                "-lco", "GEOMETRY=AS_XY");
        Path bom = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POINTS_CSV, "CSV", dir.resolve("bom.csv"),
                "-lco", "GEOMETRY=AS_XY", "-lco", "WRITE_BOM=YES");
        Path gb = dir.resolve("gb.csv");
        Files.write(gb, Files.readString(csv, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
        assertThat(Files.readAllBytes(bom)[0]).isEqualTo((byte) 0xEF);

        for (Path file : List.of(csv, bom, gb)) {
            Layer layer = imported(project, file, "pts_" + file.getFileName().toString().replace(".csv", ""));
            assertThat(layer.features()).extracting(f -> f.text("name")).containsExactly("解州镇卫生院", "北相镇垃圾站");
            assertThat(layer.features().get(1).get("since")).isEqualTo(LocalDate.of(2026, 4, 15));
            assertThat(layer.features().get(1).get("sites")).isEqualTo(7L);
            Geometry point = layer.features().get(1).geometry();
            assertThat(point.getCoordinate().x).isCloseTo(111.0123456789, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(point.getCoordinate().y).isCloseTo(35.0234567891, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void kmzAndXlsxWrittenByGdal() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path kmz = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "LIBKML", dir.resolve("片区.kmz"));
        Path points = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POINTS_CSV, "CSV", dir.resolve("xy.csv"),
                "-lco", "GEOMETRY=AS_XY");
        Path xlsx = dir.resolve("卫生点.xlsx");
        GdalTools.ogr2ogr("-f", "XLSX", xlsx.toString(), points.toString(), "-oo", "AUTODETECT_TYPE=YES")
                .requireSuccess();

        Layer fromKmz = imported(project, kmz, "kmz");
        assertThat(fromKmz.features().get(1).text("name")).isEqualTo("北相镇,东段");
        assertThat(fromKmz.features().get(0).geometry().getGeometryN(0).norm().equalsExact(seed(0), 1e-9)).isTrue();
        Layer fromXlsx = imported(project, xlsx, "xlsx");
        assertThat(fromXlsx.features()).extracting(f -> f.text("name")).containsExactly("解州镇卫生院", "北相镇垃圾站");
        assertThat(fromXlsx.features().get(1).get("sites")).isEqualTo(7L);
        assertThat(fromXlsx.features().get(1).get("since")).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(fromXlsx.features().get(1).geometry().getCoordinate().x)
                .isCloseTo(111.0123456789, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aLayerOfAnotherGeoPackage() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path gpkg = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "GPKG", dir.resolve("other.gpkg"));

        assertPolygonsLikeSeed(imported(project, gpkg, "other"), 1e-12);
    }

    @Test
    void gbkShapefilesStreamIntoANewLayerAndAppendWithChineseLabels() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path shp = ExchangeFixtures.gdalMade(dir, ExchangeFixtures.POLYGONS_CSV, "ESRI Shapefile",
                dir.resolve("片区.shp"), "-lco", "ENCODING=GBK");
        assertThat(Files.readString(dir.resolve("片区.cpg")).trim()).isIn("GBK", "CP936", "936");

        assertPolygonsLikeSeed(imported(project, shp, "shp_pianqu"), 1e-9);

        Path areas = ExchangeFixtures.gdalMade(dir, ImportAppendTest.AREAS_CSV.replace("保洁公司服务区", "巡逻片区"),
                "ESRI Shapefile", dir.resolve("责任区.shp"), "-lco", "ENCODING=GBK");
        ExchangeFixtures.CliRun append = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                areas.toString(), "--append-to", "responsibility_area");
        assertThat(append.code()).as(append.err()).isZero();
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load("responsibility_area");
            assertThat(layer.features()).extracting(f -> f.text("person")).containsExactly("张三", "李四");
            assertThat(layer.features()).extracting(f -> f.text("township")).containsExactly("解州镇", "北相镇");
        }
    }

    private static Layer imported(Path project, Path file, String layerName) {
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                file.toString(), "--layer-name", layerName);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("导入 2 个要素");
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            return store.load(layerName);
        }
    }

    private static void assertPolygonsLikeSeed(Layer layer, double toleranceDegrees) throws Exception {
        assertThat(layer.info().srid()).isEqualTo(4490);
        assertThat(layer.features()).hasSize(2);
        Feature first = layer.features().get(0);
        Feature second = layer.features().get(1);
        assertThat(first.text("name")).isEqualTo("解州镇 1 号片区");
        assertThat(second.text("name")).isEqualTo("北相镇,东段");
        assertThat(second.text("person")).isEqualTo("李四");
        assertThat(((Number) first.get("tons")).doubleValue()).isEqualTo(25.5);
        assertThat(((Number) second.get("sites")).longValue()).isEqualTo(7L);
        assertThat(String.valueOf(second.get("since"))).startsWith("2026").contains("04").contains("15");
        for (int i = 0; i < 2; i++) {
            Geometry stored = layer.features().get(i).geometry();
            // A layer of polygons holds MULTIPOLYGONs; a GEOMETRY layer (a GDAL-made GeoPackage's CSV layer is one)
            // keeps each polygon as it is, as ogr2ogr copies it.
            assertThat(stored.getGeometryType()).isEqualTo(
                    layer.info().type().geometryKind() == rectimap.model.GeometryKind.GEOMETRY ? "Polygon" : "MultiPolygon");
            assertThat(stored.getGeometryN(0).norm().equalsExact(seed(i), toleranceDegrees))
                    .as("feature %d %s", i, stored).isTrue();
        }
        GdalTools.requireGdal();
    }

    private static Geometry seed(int index) throws Exception {
        String[] wkts = {"POLYGON ((111.0 35.0,111.01 35.0,111.01 35.01,111.0 35.01,111.0 35.0))",
                "POLYGON ((111.02 35.0,111.03 35.0,111.03 35.01,111.0212345678 35.01,111.02 35.0))"};
        return new WKTReader().read(wkts[index]).norm();
    }
}
