package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * A CSV's text encoding must be certain before the command line imports it (issue 12, point j): a file whose
 * bytes are valid UTF-8 and valid GBK but read as no Chinese either way ("Café" / "Caf茅"), or text that only
 * GB18030 decodes but that reads as no everyday Chinese
 * (Latin-1 "México" reads "M閤ico"), is refused with the file, the candidate readings and the --encoding fix, in
 * Chinese by default and English with --lang en, the project untouched; everyday Chinese in GBK is still detected.
 * The CSVs are what an office sends: written by ogr2ogr ({@code GEOMETRY=AS_XY}), converted by iconv.
 */
class CsvEncodingCertaintyTest {
    @TempDir
    Path dir;

    @Test
    void aShortCsvValidAsUtf8AndAsGbkIsRefusedWithTheChoicesUntilOneIsGiven() throws Exception {
        Path csv = gdalCsv("cafe.csv", List.of("Café"), "UTF-8");
        assertThat(iconvAccepts(csv, "GBK")).as("the bytes are valid GBK too").isTrue();
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun chinese = importing(project, csv);
        ExchangeFixtures.CliRun english = importing(project, csv, "--lang", "en");

        assertThat(chinese.code()).isEqualTo(2);
        assertThat(chinese.err()).contains("无法确定文字编码", csv.toString(), "UTF-8: \"Café\"", "GBK: \"Caf茅\"",
                "--encoding GBK", "--encoding UTF-8", "项目未作修改");
        assertThat(english.code()).isEqualTo(2);
        assertThat(english.err()).contains("The text encoding is not certain", csv.toString(), "UTF-8: \"Café\"",
                "--encoding GBK", "--encoding UTF-8", "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);

        ExchangeFixtures.CliRun chosen = importing(project, csv, "--encoding", "UTF-8");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(names(project, "csvpoints")).containsExactly("Café");
    }

    @Test
    void latinTextThatOnlyGb18030DecodesIsNotImportedOnAGuess() throws Exception {
        Path csv = gdalCsv("latin.csv", List.of("México", "Ángel"), "LATIN1");
        assertThat(iconvAccepts(csv, "UTF-8")).isFalse();
        assertThat(iconvAccepts(csv, "GB18030")).as("GB18030 decodes it as M閤ico").isTrue();
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun refused = importing(project, csv, "--lang", "en");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("The text encoding is not certain", "latin.csv", "GBK: \"M閤ico\"",
                "--encoding", "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
        ExchangeFixtures.CliRun chosen = importing(project, csv, "--encoding", "ISO-8859-1");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(names(project, "csvpoints")).containsExactly("México", "Ángel");
    }

    @Test
    void everydayChineseInGbkIsDetectedAndImported() throws Exception {
        Path csv = gdalCsv("gbk.csv", List.of("解州镇卫生院", "北相镇垃圾站", "常平村村委会"), "GBK");
        assertThat(iconvAccepts(csv, "UTF-8")).isFalse();
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = importing(project, csv);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(names(project, "csvpoints")).containsExactly("解州镇卫生院", "北相镇垃圾站", "常平村村委会");
    }

    /** A CSV of points named {@code names} as ogr2ogr writes it (X,Y,name), then converted by iconv to {@code to}. */
    private Path gdalCsv(String fileName, List<String> names, String to) throws Exception {
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            features.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"")
                    .append(names.get(i)).append("\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(111 + i * 0.01).append(',').append(35 + i * 0.01).append("]}}");
        }
        Path geojson = dir.resolve(fileName + ".geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}",
                StandardCharsets.UTF_8);
        Path utf8 = dir.resolve("utf8-" + fileName);
        GdalTools.ogr2ogr("-f", "CSV", "-lco", "GEOMETRY=AS_XY", utf8.toString(), geojson.toString())
                .requireSuccess();
        Path converted = dir.resolve(fileName);
        Process iconv = new ProcessBuilder("iconv", "-f", "UTF-8", "-t", to, utf8.toString())
                .redirectOutput(converted.toFile()).start();
        assertThat(iconv.waitFor()).isZero();
        return converted;
    }

    private static boolean iconvAccepts(Path file, String encoding) throws Exception {
        Process iconv = new ProcessBuilder("iconv", "-f", encoding, "-t", "UTF-8", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return iconv.waitFor() == 0;
    }

    private static ExchangeFixtures.CliRun importing(Path project, Path csv, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--project", project.toString(), "--file",
                csv.toString(), "--layer-name", "csvpoints", "--crs", "4490"));
        args.addAll(List.of(more));
        return ExchangeFixtures.cli(args.toArray(String[]::new));
    }

    private static List<Object> names(Path project, String layer) {
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            return store.load(layer).features().stream().map(f -> f.get("name")).toList();
        }
    }
}
