package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * GeoJSON and KML text is UTF-8 unless the file says otherwise (RFC 8259; XML without an encoding declaration): a
 * declaration (the XML declaration, a BOM) is obeyed, undeclared bytes valid as UTF-8 are UTF-8, and undeclared bytes
 * that are not UTF-8 are read as GBK only when the one certainty rule makes that certain (everyday Chinese); else the
 * import refuses with the same ENCODING_UNSURE sentence as a CSV (both readings, the --encoding fix, 项目未作修改;
 * exit 2, project byte-identical), and {@code --encoding GBK} imports them. The files are written by ogr2ogr and
 * converted by iconv, as an office gets them.
 */
class UndeclaredEncodingImportTest {
    private static final String SHORT = "WKT,name\n\"POINT (111.0 35.0)\",村部\n";
    private static final String EVERYDAY = "WKT,name\n\"POINT (111.0 35.0)\",解州镇卫生院\n"
            + "\"POINT (111.01 35.01)\",北相镇垃圾站\n";

    @TempDir
    Path dir;

    @Test
    void aGeoJsonInGbkThatIsNotCertainIsRefusedUntilTheEncodingIsGiven() throws Exception {
        Path geojson = iconv(gdal(SHORT, "GeoJSON", "short.geojson"), "GBK");
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun chinese = importing(project, geojson, "gj");
        ExchangeFixtures.CliRun english = importing(project, geojson, "gj", "--lang", "en");

        assertThat(chinese.code()).as(chinese.out()).isEqualTo(2);
        assertThat(chinese.err()).contains("无法确定文字编码", geojson.toString(), "UTF-8: \"", "GBK: \"村部\"",
                "--encoding GBK", "--encoding UTF-8", "项目未作修改");
        assertThat(english.code()).isEqualTo(2);
        assertThat(english.err()).contains("The text encoding is not certain", "GBK: \"村部\"", "--encoding GBK",
                "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);

        ExchangeFixtures.CliRun chosen = importing(project, geojson, "gj", "--encoding", "GBK");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(names(project, "gj")).containsExactly("村部");
    }

    @Test
    void aGeoJsonInGbkOfEverydayChineseIsCertainAndAUtf8OneIsUtf8() throws Exception {
        Path gbk = iconv(gdal(EVERYDAY, "GeoJSON", "everyday.geojson"), "GBK");
        Path utf8 = gdal("WKT,name\n\"POINT (111.0 35.0)\",Café\n", "GeoJSON", "cafe.geojson");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun fromGbk = importing(project, gbk, "everyday");
        ExchangeFixtures.CliRun fromUtf8 = importing(project, utf8, "cafe");

        assertThat(fromGbk.code()).as(fromGbk.err()).isZero();
        assertThat(names(project, "everyday")).containsExactly("解州镇卫生院", "北相镇垃圾站");
        assertThat(fromUtf8.code()).as(fromUtf8.err()).isZero();
        assertThat(names(project, "cafe")).containsExactly("Café");
    }

    @Test
    void aKmlInGbkWithoutADeclarationIsRefusedUntilTheEncodingIsGiven() throws Exception {
        Path kml = iconv(undeclared(gdal(SHORT, "KML", "short.kml")), "GBK");
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun refused = importing(project, kml, "kml");

        assertThat(refused.code()).as(refused.out()).isEqualTo(2);
        assertThat(refused.err()).contains("无法确定文字编码", kml.toString(), "GBK: \"村部\"", "--encoding GBK",
                "项目未作修改");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);

        ExchangeFixtures.CliRun chosen = importing(project, kml, "kml", "--encoding", "GBK");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(names(project, "kml")).containsExactly("村部");
    }

    @Test
    void aKmlInGbkIsReadWhenDeclaredOrWhenItsChineseIsCertain() throws Exception {
        Path declared = dir.resolve("declared.kml");
        String text = Files.readString(gdal(SHORT, "KML", "short-utf8.kml"), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" encoding=\"GBK\"?>");
        Files.write(declared, text.getBytes("GBK"));
        Path everyday = iconv(undeclared(gdal(EVERYDAY, "KML", "everyday.kml")), "GBK");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun fromDeclared = importing(project, declared, "declared");
        ExchangeFixtures.CliRun fromEveryday = importing(project, everyday, "everyday");

        assertThat(fromDeclared.code()).as(fromDeclared.err()).isZero();
        assertThat(names(project, "declared")).containsExactly("村部");
        assertThat(fromEveryday.code()).as(fromEveryday.err()).isZero();
        assertThat(names(project, "everyday")).containsExactly("解州镇卫生院", "北相镇垃圾站");
    }

    private Path gdal(String csv, String driver, String name) throws Exception {
        Path seed = dir.resolve(name + ".csv");
        Files.writeString(seed, csv, StandardCharsets.UTF_8);
        Path out = dir.resolve("utf8-" + name);
        GdalTools.ogr2ogr("-f", driver, out.toString(), seed.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs", "EPSG:4326").requireSuccess();
        return out;
    }

    /** The KML without its XML declaration (ogr2ogr always writes one saying utf-8). */
    private static Path undeclared(Path kml) throws Exception {
        Files.writeString(kml, Files.readString(kml, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>\\s*", ""),
                StandardCharsets.UTF_8);
        return kml;
    }

    /** {@code file} converted by iconv from UTF-8 to {@code to}, beside it without the "utf8-" prefix. */
    private Path iconv(Path file, String to) throws Exception {
        Path converted = dir.resolve(file.getFileName().toString().replaceFirst("^utf8-", ""));
        Process iconv = new ProcessBuilder("iconv", "-f", "UTF-8", "-t", to, file.toString())
                .redirectOutput(converted.toFile()).start();
        assertThat(iconv.waitFor()).isZero();
        return converted;
    }

    private static ExchangeFixtures.CliRun importing(Path project, Path file, String layer, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--project", project.toString(), "--file",
                file.toString(), "--layer-name", layer));
        args.addAll(List.of(more));
        return ExchangeFixtures.cli(args.toArray(String[]::new));
    }

    private static List<Object> names(Path project, String layer) {
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            return store.load(layer).features().stream().map(f -> f.get("name")).toList();
        }
    }
}
