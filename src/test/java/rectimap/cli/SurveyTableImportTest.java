package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import rectimap.model.Layer;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * Survey tables (测量坐标: X = northing, Y = easting) as GDAL writes them: two points in CGCS2000 lon/lat reprojected
 * by ogr2ogr into Gauss-Krüger (EPSG:4546, and EPSG:4525 with the zone-prefixed 8-digit easting), written as CSV
 * (UTF-8, and the same text in GBK) and XLSX with the northing in the X column. {@code import} detects the order,
 * says so, swaps, and the points land within 1 mm of the lon/lat they were made from. A table in GIS order is not
 * swapped; {@code --axis-order} overrules the detection.
 */
class SurveyTableImportTest {
    /** The seed points (lon, lat) in EPSG:4490; (111, 35) is E 500 000.000, N 3 874 592.902 in EPSG:4546. */
    private static final double[][] LON_LAT = {{111.0, 35.0}, {111.0523456789, 35.0312345678}};
    /** 1 mm on the ground is about 9e-9 degrees of latitude and 1.1e-8 of longitude at 35°N. */
    private static final double ONE_MM_DEG = 9e-9;

    @TempDir
    Path dir;

    @Test
    void northingFirstCsvInUtf8AndGbkIsSwappedAndLandsWithinAMillimetre() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path utf8 = surveyTable("CSV", dir.resolve("控制点.csv"), "EPSG:4546", "X", "Y");
        assertThat(Files.readString(utf8)).contains("3874592.90", ",500000");
        Path gbk = dir.resolve("控制点_gbk.csv");
        Files.write(gbk, Files.readString(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));

        for (Path file : List.of(utf8, gbk)) {
            String table = file.getFileName().toString().contains("gbk") ? "survey_gbk" : "survey_utf8";
            ExchangeFixtures.CliRun run = importing(project, file, table, "--crs", "4546");
            assertThat(run.out()).contains("column 'X' holds northings", "swapped", "--axis-order x-east")
                    .doesNotContain("coordinate system guessed");
            assertLandsOnTheSeed(project, table);
        }
    }

    @Test
    void xlsxWithZonePrefixedEastingsIsSwappedAndItsZoneGuessed() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path xlsx = surveyTable("XLSX", dir.resolve("界桩.xlsx"), "EPSG:4525", "X坐标(m)", "Y坐标(m)");
        assertThat(GdalTools.ogrinfo("-al", xlsx.toString()).requireSuccess().output()).contains("37500000");

        // No --crs: the 8-digit easting 37 500 000 names zone 37 (EPSG:4525) once the columns are swapped.
        ExchangeFixtures.CliRun run = importing(project, xlsx, "jiezhuang");

        assertThat(run.out()).contains("column 'X坐标(m)' holds northings", "swapped",
                "coordinate system guessed from the coordinates: EPSG:4525", "give --crs EPSG");
        assertLandsOnTheSeed(project, "jiezhuang");
    }

    @Test
    void aTableInGisOrderIsNotSwappedAndTheOrderCanBeForced() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path gis = surveyTable("CSV", dir.resolve("gis.csv"), "EPSG:4546", "Y", "X");
        // Same columns, GIS order: X = easting first (as ogr2ogr -lco GEOMETRY=AS_XY writes them).
        Path asXy = dir.resolve("as_xy.csv");
        GdalTools.ogr2ogr("-f", "CSV", asXy.toString(), dir.resolve("metres.gpkg").toString(), "-lco",
                "GEOMETRY=AS_XY").requireSuccess();
        assertThat(Files.readString(asXy)).startsWith("X,Y,").contains("500000.0,3874592.90");

        ExchangeFixtures.CliRun kept = importing(project, asXy, "as_xy", "--crs", "4546");
        assertThat(kept.out()).contains("column 'X' read as easting/longitude").doesNotContain("swapped");
        assertLandsOnTheSeed(project, "as_xy", "name");

        // gis.csv has the easting under "Y" and the northing under "X" in the header, but the columns are named
        // explicitly the other way round here, and the order forced: no detection takes place.
        ExchangeFixtures.CliRun forced = importing(project, gis, "forced", "--crs", "4546", "--x-column", "X",
                "--y-column", "Y", "--axis-order", "x-east");
        assertThat(forced.out()).contains("(as chosen)").doesNotContain("swapped");
        assertLandsOnTheSeed(project, "forced");
    }

    @Test
    void forcingTheSurveyOrderOnAGisTableSwapsItAndSaysSo() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path survey = surveyTable("CSV", dir.resolve("survey.csv"), "EPSG:4546", "X", "Y");

        ExchangeFixtures.CliRun forced = importing(project, survey, "forced_north", "--crs", "4546",
                "--axis-order", "x-north");

        assertThat(forced.out()).contains("(as chosen)", "swapped");
        assertLandsOnTheSeed(project, "forced_north");
        ExchangeFixtures.CliRun bad = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                survey.toString(), "--axis-order", "sideways");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--axis-order 须为 auto、x-east 或 x-north");
    }

    /**
     * The seed points reprojected by ogr2ogr into {@code epsg} (kept as {@code dir/metres.gpkg}) and written by
     * {@code driver} with the northing in the column {@code northHeader} first and the easting in {@code eastHeader}.
     */
    private Path surveyTable(String driver, Path out, String epsg, String northHeader, String eastHeader)
            throws Exception {
        Path seed = dir.resolve("seed.csv");
        Files.writeString(seed, "WKT,name\n\"POINT (" + LON_LAT[0][0] + " " + LON_LAT[0][1] + ")\",解州镇卫生院\n"
                + "\"POINT (" + LON_LAT[1][0] + " " + LON_LAT[1][1] + ")\",北相镇垃圾站\n", StandardCharsets.UTF_8);
        Path metres = dir.resolve("metres.gpkg");
        Files.deleteIfExists(metres);
        GdalTools.ogr2ogr("-f", "GPKG", metres.toString(), seed.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-s_srs", "EPSG:4490", "-t_srs", epsg, "-nln", "pts").requireSuccess();
        GdalTools.ogr2ogr("-f", driver, out.toString(), metres.toString(), "-dialect", "SQLite", "-sql",
                "SELECT name AS 名称, ST_Y(geom) AS \"" + northHeader + "\", ST_X(geom) AS \"" + eastHeader
                        + "\" FROM pts").requireSuccess();
        return out;
    }

    private static ExchangeFixtures.CliRun importing(Path project, Path file, String table, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--lang", "en", "--project", project.toString(), "--file",
                file.toString(), "--layer-name", table));
        args.addAll(List.of(extra));
        ExchangeFixtures.CliRun run = ExchangeFixtures.cli(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 2 features");
        return run;
    }

    private static void assertLandsOnTheSeed(Path project, String table) {
        assertLandsOnTheSeed(project, table, "名称");
    }

    private static void assertLandsOnTheSeed(Path project, String table, String nameField) {
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load(table);
            assertThat(layer.info().srid()).isEqualTo(4490);
            assertThat(layer.features()).extracting(f -> f.text(nameField)).containsExactly("解州镇卫生院", "北相镇垃圾站");
            for (int i = 0; i < LON_LAT.length; i++) {
                Coordinate at = layer.features().get(i).geometry().getCoordinate();
                assertThat(at.x).as("%s lon %d", table, i).isCloseTo(LON_LAT[i][0], within(ONE_MM_DEG));
                assertThat(at.y).as("%s lat %d", table, i).isCloseTo(LON_LAT[i][1], within(ONE_MM_DEG));
            }
        }
    }
}
