package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * Encodings declared by the file win (issue 12, point 12), with Shapefiles ogr2ogr writes: a Windows-1252 language
 * driver byte is honoured although "México" also decodes as GB18030 ("M閤ico"); Big5 named by the .cpg reads
 * "國語"; text that only GB18030 decodes but that reads as no everyday Chinese is not imported on a guess — the
 * command refuses and lists the readings and the --encoding choices; a GBK file without .cpg whose text is
 * everyday Chinese is still detected; "Café" in UTF-8 with no declaration (also valid GBK, "Caf茅") is refused as
 * ENCODING_UNSURE in the same sentence as a CSV, Chinese by default. The output says which encoding was used and why.
 */
class ShapefileEncodingImportTest {
    private static final String LATIN = "WKT,name\n\"POINT (111.0 35.0)\",México\n\"POINT (111.01 35.01)\",Ángel\n";
    private static final String BIG5 = "WKT,name\n\"POINT (111.0 35.0)\",國語\n\"POINT (111.01 35.01)\",臺灣\n";
    private static final String CHINESE = "WKT,name\n\"POINT (111.0 35.0)\",解州镇卫生院\n\"POINT (111.01 35.01)\",北相镇垃圾站\n";

    @TempDir
    Path dir;

    @Test
    void aWesternLanguageDriverIsHonoured() throws Exception {
        Path shp = shapefile(LATIN, "latin", "LDID/3");
        assertThat(Files.exists(dir.resolve("latin.cpg"))).isFalse();
        assertThat(GdalTools.ogrinfo("-al", shp.toString()).output()).contains("name (String) = México");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = importing(project, shp, "latin");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("text encoding windows-1252: declared by the file", "language driver 0x03");
        assertThat(names(project, "latin")).containsExactly("México", "Ángel");
    }

    @Test
    void big5NamedByTheCpgIsHonoured() throws Exception {
        Path shp = shapefile(BIG5, "big5", "CP950");
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = importing(project, shp, "big5");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("text encoding Big5: declared by the file (.cpg says CP950)");
        assertThat(names(project, "big5")).containsExactly("國語", "臺灣");
    }

    @Test
    void textThatOnlyGb18030DecodesButReadsAsNoChineseIsNotImportedOnAGuess() throws Exception {
        Path shp = shapefile(LATIN, "nodecl", "ISO-8859-1");
        Files.delete(dir.resolve("nodecl.cpg"));
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun refused = importing(project, shp, "nodecl");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("The text encoding is not certain", "nodecl.shp", "windows-1252: \"México\"",
                "GB18030: \"M閤ico\"", "--encoding", "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);

        ExchangeFixtures.CliRun chosen = ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file",
                shp.toString(), "--layer-name", "nodecl", "--encoding", "windows-1252");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains("text encoding windows-1252: as given (--encoding)");
        assertThat(names(project, "nodecl")).containsExactly("México", "Ángel");
    }

    @Test
    void aNameValidAsUtf8AndGbkWithNoDeclarationIsRefusedInTheUsersLanguage() throws Exception {
        Path shp = shapefile("WKT,name\n\"POINT (111.0 35.0)\",Café\n", "unsure", "UTF-8");
        Files.delete(dir.resolve("unsure.cpg"));
        try (java.nio.channels.FileChannel dbf = java.nio.channels.FileChannel.open(dir.resolve("unsure.dbf"),
                java.nio.file.StandardOpenOption.WRITE)) {
            dbf.write(java.nio.ByteBuffer.wrap(new byte[] {0}), 29);
        }
        Path project = ExchangeFixtures.project(dir);
        String before = ExchangeFixtures.sha256(project);

        ExchangeFixtures.CliRun chinese = ExchangeFixtures.cli("import", "--project", project.toString(), "--file",
                shp.toString(), "--layer-name", "unsure");
        ExchangeFixtures.CliRun english = importing(project, shp, "unsure");

        assertThat(chinese.code()).as(chinese.out()).isEqualTo(2);
        assertThat(chinese.err()).contains("无法确定文字编码", shp.toString(), "UTF-8: \"Café\"", "GBK: \"Caf茅\"",
                "--encoding GBK", "--encoding UTF-8", "项目未作修改").doesNotContain("decode", "certain");
        assertThat(english.code()).isEqualTo(2);
        assertThat(english.err()).contains("The text encoding is not certain", shp.toString(), "UTF-8: \"Café\"",
                "--encoding GBK", "--encoding UTF-8", "The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    @Test
    void everydayChineseInGbkWithoutCpgIsStillDetected() throws Exception {
        Path shp = shapefile(CHINESE, "gbk", "CP936");
        Files.delete(dir.resolve("gbk.cpg"));
        Path project = ExchangeFixtures.project(dir);

        ExchangeFixtures.CliRun run = importing(project, shp, "gbk");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("text encoding GB18030: guessed from the content");
        assertThat(names(project, "gbk")).containsExactly("解州镇卫生院", "北相镇垃圾站");
    }

    private Path shapefile(String csv, String name, String encoding) throws Exception {
        Path seed = dir.resolve(name + "-seed.csv");
        Files.writeString(seed, csv, StandardCharsets.UTF_8);
        Path shp = dir.resolve(name + ".shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", shp.toString(), seed.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs", "EPSG:4490", "-lco", "ENCODING=" + encoding, "-nln", name)
                .requireSuccess();
        return shp;
    }

    private static ExchangeFixtures.CliRun importing(Path project, Path shp, String layer) {
        return ExchangeFixtures.cli("import", "--lang", "en", "--project", project.toString(), "--file", shp.toString(),
                "--layer-name", layer);
    }

    private static java.util.List<Object> names(Path project, String layer) {
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            return store.load(layer).features().stream().map(f -> f.get("name")).toList();
        }
    }
}
