package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.Feature;
import rectimap.model.FieldType;
import rectimap.model.Layer;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * Types survive an import as GDAL reads them (issue 12, point 13): a GeoJSON string is a string however numeric it
 * looks ("140802101207", "1.50", "2E5"), numbers come only from JSON numbers; a KML SimpleField's declared type is
 * honoured (string stays text, int and float become numbers); our own GeoJSON export of the villages imports with
 * {@code code} still text. Each expectation is what {@code ogrinfo} says of the same file.
 */
class ImportTypesTest {
    private static final String SEED = """
            WKT,code,ratio,sci,count,share,name
            "POINT (111.0 35.0)",140802101207,1.50,2E5,12,0.25,甲
            "POINT (111.1 35.1)",0140802101208,2.00,3E5,7,1.5,乙
            """;

    @TempDir
    Path dir;

    @Test
    void geoJsonStringsStayStringsAndNumbersStayNumbers() throws Exception {
        Path geojson = gdalMade("GeoJSON", "t.geojson", "-oo", "AUTODETECT_TYPE=NO");
        // Numbers where GDAL has them: ask for count and share as numbers, the rest stays as the CSV's strings.
        Path typed = gdalMade("GeoJSON", "typed.geojson", "-oo", "AUTODETECT_TYPE=NO",
                "-sql", "SELECT code, ratio, sci, CAST(count AS integer) AS count, CAST(share AS float) AS share,"
                        + " name FROM seed");
        assertThat(GdalTools.ogrinfo("-al", "-so", geojson.toString()).output())
                .contains("code: String", "ratio: String", "sci: String");
        assertThat(GdalTools.ogrinfo("-al", "-so", typed.toString()).output())
                .contains("code: String", "count: Integer", "share: Real");
        Path project = ExchangeFixtures.project(dir);

        Layer strings = imported(project, geojson, "strings");
        Layer numbers = imported(project, typed, "numbers");

        assertThat(type(strings, "code")).isEqualTo(FieldType.TEXT);
        assertThat(type(strings, "ratio")).isEqualTo(FieldType.TEXT);
        assertThat(type(strings, "sci")).isEqualTo(FieldType.TEXT);
        Feature first = strings.features().get(0);
        assertThat(first.get("code")).isEqualTo("140802101207");
        assertThat(first.get("ratio")).isEqualTo("1.50");
        assertThat(first.get("sci")).isEqualTo("2E5");
        assertThat(type(numbers, "count")).isEqualTo(FieldType.INTEGER);
        assertThat(type(numbers, "share")).isEqualTo(FieldType.REAL);
        assertThat(numbers.features().get(1).get("count")).isEqualTo(7L);
    }

    @Test
    void kmlSimpleFieldTypesAreHonoured() throws Exception {
        Path strings = gdalMade("KML", "t.kml", "-oo", "AUTODETECT_TYPE=NO");
        Path typed = gdalMade("KML", "typed.kml", "-oo", "AUTODETECT_TYPE=NO",
                "-sql", "SELECT code, CAST(count AS integer) AS count, CAST(share AS float) AS share, name FROM seed");
        assertThat(Files.readString(strings)).contains("<SimpleField name=\"code\" type=\"string\">");
        assertThat(Files.readString(typed)).contains("<SimpleField name=\"count\" type=\"int\">",
                "<SimpleField name=\"share\" type=\"float\">");
        Path project = ExchangeFixtures.project(dir);

        Layer asText = imported(project, strings, "kmltext");
        Layer asNumbers = imported(project, typed, "kmlnumbers");

        assertThat(type(asText, "code")).isEqualTo(FieldType.TEXT);
        assertThat(type(asText, "ratio")).isEqualTo(FieldType.TEXT);
        assertThat(asText.features().get(0).get("ratio")).isEqualTo("1.50");
        assertThat(asText.features().get(1).get("code")).isEqualTo("0140802101208");
        assertThat(type(asNumbers, "count")).isEqualTo(FieldType.INTEGER);
        assertThat(type(asNumbers, "share")).isEqualTo(FieldType.REAL);
        assertThat(asNumbers.features().get(0).get("share")).isEqualTo(0.25);
    }

    @Test
    void untypedKmlDataStaysText() throws Exception {
        Path kml = dir.resolve("data.kml");
        Files.writeString(kml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>甲</name>
                <ExtendedData><Data name="code"><value>140802101207</value></Data></ExtendedData>
                <Point><coordinates>111,35</coordinates></Point></Placemark></Document></kml>
                """, StandardCharsets.UTF_8);
        assertThat(GdalTools.ogrinfo("-al", kml.toString()).output()).contains("code (String) = 140802101207");
        Path project = ExchangeFixtures.project(dir);

        Layer layer = imported(project, kml, "data");

        assertThat(type(layer, "code")).isEqualTo(FieldType.TEXT);
        assertThat(layer.features().get(0).get("code")).isEqualTo("140802101207");
    }

    @Test
    void ourOwnGeoJsonExportReimportsWithTheVillageCodeAsText() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path exported = dir.resolve("villages.geojson");
        assertThat(ExchangeFixtures.cli("export", "--project", project.toString(), "--layer", "village", "--format",
                "geojson", "--out", exported.toString()).code()).isZero();

        Layer again = imported(project, exported, "village_again");

        assertThat(type(again, "code")).isEqualTo(FieldType.TEXT);
        assertThat(again.features().get(0).get("code")).isEqualTo("140802001001");
    }

    private Path gdalMade(String driver, String name, String... extra) throws Exception {
        Path csv = dir.resolve("seed.csv");
        Files.writeString(csv, SEED, StandardCharsets.UTF_8);
        Path out = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-f", driver, out.toString(),
                csv.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs",
                "EPSG:4326", "-nln", "seed"));
        args.addAll(java.util.List.of(extra));
        GdalTools.ogr2ogr(args.toArray(String[]::new)).requireSuccess();
        return out;
    }

    private static Layer imported(Path project, Path file, String layerName) {
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                file.toString(), "--layer-name", layerName);
        assertThat(run.code()).as(run.err()).isZero();
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            return store.load(layerName);
        }
    }

    private static FieldType type(Layer layer, String field) {
        return layer.info().type().fields().stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow()
                .type();
    }
}
