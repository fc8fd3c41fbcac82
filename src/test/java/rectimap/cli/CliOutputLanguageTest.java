package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.GdalTools;

/**
 * What the command line prints after a success comes from the bundles (issue 12): Chinese by default, English with
 * {@code --lang en} — the import's lines (the Shapefile's encoding and why, how a table's columns were read, the count
 * imported), check's summary and export's line. Run as a user runs it: a child JVM on {@link RectimapCli#main}, with
 * a Shapefile and a CSV ogr2ogr writes.
 */
class CliOutputLanguageTest {
    private static final String POINTS = "WKT,name\n\"POINT (110.95 35.02)\",解州镇卫生院\n"
            + "\"POINT (110.96 35.03)\",北相镇垃圾站\n";

    @TempDir
    Path dir;

    @Test
    void importSaysWhatItDidInChineseByDefaultAndInEnglishWithLangEn() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path seed = Files.writeString(dir.resolve("seed.csv"), POINTS, StandardCharsets.UTF_8);
        Path shp = dir.resolve("points.shp");
        GdalTools.ogr2ogr("-f", "ESRI Shapefile", shp.toString(), seed.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-a_srs", "EPSG:4490", "-lco", "ENCODING=CP936").requireSuccess();
        Path csv = dir.resolve("lonlat.csv");
        GdalTools.ogr2ogr("-f", "CSV", "-lco", "GEOMETRY=AS_XY", csv.toString(), seed.toString(),
                "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO").requireSuccess();

        CliProcessTest.Run chinese = CliProcessTest.cli("import", "--project", project.toString(), "--file",
                shp.toString(), "--layer-name", "points");
        CliProcessTest.Run table = CliProcessTest.cli("import", "--project", project.toString(), "--file",
                csv.toString(), "--layer-name", "lonlat", "--crs", "4490");
        CliProcessTest.Run english = CliProcessTest.cli("import", "--lang", "en", "--project", project.toString(),
                "--file", shp.toString(), "--layer-name", "points_en");

        assertThat(chinese.exitCode()).as(chinese.err()).isZero();
        assertThat(chinese.out()).contains("文字编码 GBK：由文件声明", "已从 " + shp + " 导入 2 个要素到 points")
                .doesNotContain("imported", "text encoding", "declared");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("“X”列读作东坐标/经度，“Y”列读作北坐标/纬度", "导入 2 个要素到 lonlat")
                .doesNotContain("column", "imported");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).contains("text encoding GBK: declared by the file",
                "imported 2 features from " + shp + " into points_en");
    }

    @Test
    void checkAndExportSayWhatTheyDidInChineseByDefault() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        Path out = dir.resolve("村界.geojson");

        CliProcessTest.Run check = CliProcessTest.cli("check", "--project", project.toString());
        CliProcessTest.Run export = CliProcessTest.cli("export", "--project", project.toString(), "--layer", "village",
                "--format", "geojson", "--out", out.toString());
        CliProcessTest.Run exportEn = CliProcessTest.cli("export", "--lang", "en", "--project", project.toString(),
                "--layer", "village", "--format", "geojson", "--out", out.toString());

        assertThat(check.out().lines().reduce((a, b) -> b).orElse("")).startsWith(project + "：")
                .containsPattern("未发现问题|发现 [0-9]+ 个问题");
        assertThat(check.out()).doesNotContain("no problems found", "problem(s)");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("已将 village", "个要素写出为 geojson：" + out).doesNotContain("wrote");
        assertThat(exportEn.out()).contains("wrote ", "features of village", "as geojson to " + out);
    }
}
