package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.GdalTools;

/**
 * Coordinate guesses stay near the project (issue 12, point 15): Minnesota data in UTM zone 15 (EPSG:26915) without
 * a .prj reads like a 6-digit Gauss-Krüger easting and used to land at 42.9°N in the project with exit 0; now the
 * import refuses it, says where it would land and asks for {@code --crs}. The district's own grid without a .prj is
 * still guessed and imported.
 */
class GuessedCrsImportTest {
    private static final String MINNESOTA = """
            WKT,name
            "POINT (-93.265 44.978)",Minneapolis
            "POINT (-93.094 44.954)",Saint Paul
            """;
    private static final String DISTRICT = """
            WKT,name
            "POINT (111.001 35.002)",解州镇卫生院
            "POINT (111.012 35.023)",北相镇垃圾站
            """;

    @TempDir
    Path dir;

    @Test
    void aShapefileWithoutPrjThatAGuessWouldPutFarAwayIsRefused() throws Exception {
        Path shp = withoutPrj(MINNESOTA, "EPSG:26915", "minnesota");
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                shp.toString());

        assertThat(run.code()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown coordinate reference system", "minnesota.shp, record 1", "only guessed", "--crs",
                "outside the project's area", "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    @Test
    void aCsvOfUtmCoordinatesIsRefusedToo() throws Exception {
        Path csv = dir.resolve("mn.csv");
        GdalTools.ogr2ogr("-f", "CSV", csv.toString(), seed(MINNESOTA).toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:26915", "-lco",
                "GEOMETRY=AS_XY").requireSuccess();
        assertThat(Files.readString(csv)).startsWith("X,Y,name");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                csv.toString());

        assertThat(run.code()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown coordinate reference system", "--crs");
    }

    @Test
    void theDistrictsOwnGridWithoutPrjIsStillGuessedAndImported() throws Exception {
        Path shp = withoutPrj(DISTRICT, "EPSG:4546", "district");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                shp.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("EPSG:4546", "imported 2 features");
    }

    private Path withoutPrj(String seedCsv, String srs, String name) throws Exception {
        Path shp = dir.resolve(name + ".shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", shp.toString(), seed(seedCsv).toString(), "-oo",
                "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", "-s_srs", "EPSG:4326", "-t_srs", srs,
                "-lco", "ENCODING=UTF-8", "-nln", name).requireSuccess();
        Files.delete(dir.resolve(name + ".prj"));
        return shp;
    }

    private Path seed(String csv) throws Exception {
        Path seed = dir.resolve("seed-" + System.nanoTime() + ".csv");
        Files.writeString(seed, csv, StandardCharsets.UTF_8);
        return seed;
    }
}
