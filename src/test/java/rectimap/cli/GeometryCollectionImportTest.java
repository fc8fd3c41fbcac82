package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.GdalTools;

/**
 * GeoJSON GeometryCollections are stored the way GDAL stores them (issue 12, point j), checked against
 * {@code ogr2ogr -f GPKG}'s own output read back by ogrinfo: a new layer of mixed records is a GEOMETRY layer that
 * keeps each geometry as it is, a collection too; a collection of polygons appended to a polygon layer becomes the
 * MULTIPOLYGON that {@code -nlt MULTIPOLYGON} makes of it; a collection mixing a polygon and a line cannot go into a
 * polygon layer and is refused naming the record and what to do, the project untouched.
 */
class GeometryCollectionImportTest {
    private static final String POLYGON = "{\"type\":\"Polygon\",\"coordinates\":[[[111,35],[111.01,35],[111.01,35.01],"
            + "[111,35]]]}";
    private static final String POLYGONS = "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\","
            + "\"coordinates\":[[[111.1,35],[111.11,35],[111.11,35.01],[111.1,35]]]},{\"type\":\"Polygon\","
            + "\"coordinates\":[[[111.2,35],[111.21,35],[111.21,35.01],[111.2,35]]]}]}";
    private static final String MIXED = "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\","
            + "\"coordinates\":[[[111.3,35],[111.31,35],[111.31,35.01],[111.3,35]]]},{\"type\":\"LineString\","
            + "\"coordinates\":[[111.4,35],[111.41,35.01]]}]}";

    @TempDir
    Path dir;

    @Test
    void aNewLayerKeepsEachGeometryAsGdalWritesIt() throws Exception {
        Path geojson = geojson("mixed.geojson", POLYGON, POLYGONS, MIXED);
        Path gdal = dir.resolve("gdal.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", gdal.toString(), geojson.toString(), "-nln", "mixed").requireSuccess();
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                geojson.toString(), "--layer-name", "mixed");

        assertThat(run.code()).as(run.err()).isZero();
        List<String> expected = ExchangeFixtures.gdalGeometries(gdal, "mixed");
        assertThat(expected).hasSize(3).last().asString().startsWith("GEOMETRYCOLLECTION (POLYGON");
        assertThat(ExchangeFixtures.gdalGeometries(project, "mixed")).isEqualTo(expected);
    }

    @Test
    void aCollectionOfPolygonsAppendedToAPolygonLayerIsTheMultiPolygonGdalMakes() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path polygons = geojson("areas.geojson", POLYGON);
        assertThat(ExchangeFixtures.cli("import", "--project", project.toString(), "--file", polygons.toString(),
                "--layer-name", "areas").code()).isZero();
        Path collection = geojson("collection.geojson", POLYGONS);
        Path gdal = dir.resolve("gdal.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", gdal.toString(), collection.toString(), "-nln", "areas", "-nlt",
                "MULTIPOLYGON").requireSuccess();

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                collection.toString(), "--append-to", "areas");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(ExchangeFixtures.gdalGeometries(project, "areas")).hasSize(2).last().isEqualTo(ExchangeFixtures.gdalGeometries(gdal, "areas").get(0));
    }

    @Test
    void aCollectionOfAPolygonAndALineIsRefusedByAPolygonLayerNamingTheRecord() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        assertThat(ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                geojson("areas.geojson", POLYGON).toString(), "--layer-name", "areas").code()).isZero();
        Path mixed = geojson("mixed.geojson", POLYGON, MIXED);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun chinese = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                mixed.toString(), "--append-to", "areas");
        ExchangeFixtures.CliRun english = ExchangeFixtures.cli("import", "--lang", "en", "--project",
                project.toString(), "--file", mixed.toString(), "--append-to", "areas");

        assertThat(chinese.code()).isEqualTo(2);
        assertThat(chinese.err()).contains(mixed.toString(), "第 2 条记录", "几何集合", "LineString", "Polygon",
                "导入为新图层", "项目未作修改");
        assertThat(english.err()).contains("record 2", "geometry collection", "as a new layer",
                "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    private Path geojson(String name, String... geometries) throws Exception {
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < geometries.length; i++) {
            features.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"记录")
                    .append(i + 1).append("\"},\"geometry\":").append(geometries[i]).append('}');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}",
                StandardCharsets.UTF_8);
        return file;
    }
}
