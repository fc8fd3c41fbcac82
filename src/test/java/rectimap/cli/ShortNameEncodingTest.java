package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * A CSV and a Shapefile without a declared encoding follow the same rule on the same short names (issue 12): valid
 * UTF-8 that reads as Chinese and not as plausible GBK is UTF-8 without asking ("村部" reads "鏉戦儴" as GBK); text
 * that reads as no Chinese either way ("Café" / "Caf茅") and two GBK characters that only GB18030 decodes (too
 * short to tell from Latin-1) are refused with both readings. Made by ogr2ogr (.cpg deleted, language driver byte
 * zeroed) and iconv.
 */
class ShortNameEncodingTest {
    @TempDir
    Path dir;

    @Test
    void aShortUtf8ChineseNameIsUtf8InBothFormats() throws Exception {
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun csv = importing(project, csv("村部", "UTF-8", "u8"), "u8csv");
        ExchangeFixtures.CliRun shp = importing(project, shapefile("村部", "UTF-8", "u8"), "u8shp");

        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(shp.code()).as(shp.err()).isZero();
        assertThat(names(project, "u8csv")).containsExactly("村部");
        assertThat(names(project, "u8shp")).containsExactly("村部");
    }

    @Test
    void aNameThatReadsAsNoChineseEitherWayIsAskedInBothFormats() throws Exception {
        assertRefusedInBoth("Café", "UTF-8", "cafe", "UTF-8: \"Café\"");
    }

    @Test
    void twoGbkCharactersAreTooFewToBeCertainInBothFormats() throws Exception {
        assertRefusedInBoth("村部", "GBK", "gbk", "GBK: \"村部\"");
    }

    private void assertRefusedInBoth(String name, String encoding, String stem, String reading) throws Exception {
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        for (Path file : List.of(csv(name, encoding, stem), shapefile(name, encoding, stem))) {
            ExchangeFixtures.CliRun run = importing(project, file, stem);
            assertThat(run.code()).as(file + ": " + run.out() + run.err()).isEqualTo(2);
            assertThat(run.err()).as(file.toString()).contains("无法确定文字编码", file.toString(), reading,
                    "--encoding GBK", "项目未作修改");
        }
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    private Path seed(String name, String stem) throws Exception {
        Path seed = dir.resolve(stem + "-seed.csv");
        Files.writeString(seed, "WKT,name\n\"POINT (111.0 35.0)\"," + name + "\n", StandardCharsets.UTF_8);
        return seed;
    }

    /** The CSV ogr2ogr writes (X,Y,name), converted by iconv to {@code encoding}. */
    private Path csv(String name, String encoding, String stem) throws Exception {
        Path utf8 = dir.resolve(stem + "-utf8.csv");
        GdalTools.ogr2ogr("-f", "CSV", "-lco", "GEOMETRY=AS_XY", utf8.toString(), seed(name, stem).toString(),
                "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO").requireSuccess();
        Path converted = dir.resolve(stem + ".csv");
        Process iconv = new ProcessBuilder("iconv", "-f", "UTF-8", "-t", encoding, utf8.toString())
                .redirectOutput(converted.toFile()).start();
        assertThat(iconv.waitFor()).isZero();
        return converted;
    }

    /** The Shapefile ogr2ogr writes in {@code encoding}, with nothing declaring it (no .cpg, language driver 0). */
    private Path shapefile(String name, String encoding, String stem) throws Exception {
        Path shp = dir.resolve(stem + ".shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", shp.toString(), seed(name, stem).toString(),
                "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs", "EPSG:4490",
                "-lco", "ENCODING=" + (encoding.equals("GBK") ? "CP936" : encoding), "-nln", stem).requireSuccess();
        Files.deleteIfExists(dir.resolve(stem + ".cpg"));
        try (FileChannel dbf = FileChannel.open(dir.resolve(stem + ".dbf"), StandardOpenOption.WRITE)) {
            dbf.write(ByteBuffer.wrap(new byte[] {0}), 29);
        }
        return shp;
    }

    private static ExchangeFixtures.CliRun importing(Path project, Path file, String layer) {
        return ExchangeFixtures.cli("import", "--project", project.toString(), "--file", file.toString(),
                "--layer-name", layer, "--crs", "4490");
    }

    private static List<Object> names(Path project, String layer) {
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            return store.load(layer).features().stream().map(f -> f.get("name")).toList();
        }
    }
}
