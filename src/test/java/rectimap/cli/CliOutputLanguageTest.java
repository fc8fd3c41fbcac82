package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.GdalTools;
import rectimap.store.ProjectFile;

/**
 * What the command line prints after a success comes from the bundles (issue 12): Chinese by default, English with
 * {@code --lang en} — the import's lines (the Shapefile's encoding and why, how a table's columns were read, the count
 * imported), check's summary and export's line; the "wrote" lines of render, print, review-sheet, report and
 * generate-sample; check's findings (their machine code kept: ORPHAN, PLACE_NAME…); a bad command line. Run as a user
 * runs it: a child JVM on {@link RectimapCli#main}, with a Shapefile and a CSV ogr2ogr writes.
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

    @Test
    void filesWrittenAreNamedInChineseByDefaultAndInEnglishWithLangEn() throws Exception {
        Path project = dir.resolve("盐湖区.gpkg");
        try (ProjectFile file = CliConsole.createPlannedSample(project)) {
            file.journal().orElseThrow().close();
        }
        Path png = dir.resolve("图.png");
        Path pdf = dir.resolve("图.pdf");
        Path sheet = dir.resolve("审查单.pdf");
        Path csv = dir.resolve("统计.csv");
        Path sample = dir.resolve("示例.gpkg");
        String where = project.toString();

        CliProcessTest.Run render = CliProcessTest.cli("render", "--project", where, "--out", png.toString(),
                "--width", "400", "--height", "300");
        CliProcessTest.Run renderEn = CliProcessTest.cli("render", "--lang", "en", "--project", where, "--out",
                png.toString(), "--width", "400", "--height", "300");
        CliProcessTest.Run print = CliProcessTest.cli("print", "--project", where, "--out", pdf.toString());
        CliProcessTest.Run review = CliProcessTest.cli("review-sheet", "--project", where, "--site", "解州镇",
                "--out", sheet.toString());
        CliProcessTest.Run report = CliProcessTest.cli("report", "--project", where, "--format", "csv", "--out",
                csv.toString());
        CliProcessTest.Run reportEn = CliProcessTest.cli("report", "--lang", "en", "--project", where, "--format",
                "csv", "--out", csv.toString());
        CliProcessTest.Run generated = CliProcessTest.cli("generate-sample", "--out", sample.toString());

        for (CliProcessTest.Run run : new CliProcessTest.Run[] {render, renderEn, print, review, report, reportEn,
                generated}) {
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(render.out()).contains("已写出 " + png, "比例尺 1:").doesNotContain("wrote", "scale");
        assertThat(renderEn.out()).contains("wrote " + png, "scale 1:");
        assertThat(print.out()).contains("已写出 " + pdf, "共 1 页").doesNotContain("wrote", "pages");
        assertThat(review.out()).contains("已写出 " + sheet).doesNotContain("wrote");
        assertThat(report.out()).contains("已写出 " + csv).doesNotContain("wrote");
        assertThat(reportEn.out()).contains("wrote " + csv);
        assertThat(generated.out()).contains("已写出 " + sample, "个要素").doesNotContain("wrote", "features");
    }

    @Test
    void checkFindingsKeepTheirCodeAndReadAsChineseSentencesAsDoesABadCommandLine() throws Exception {
        Path project = ExchangeFixtures.project(dir);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO gpkgext_rectimap_layer_state (table_name, draw_order, visible, opacity)"
                    + " VALUES ('vanished_layer', 9, 1, 1.0)");
        }

        CliProcessTest.Run check = CliProcessTest.cli("check", "--project", project.toString());
        CliProcessTest.Run checkEn = CliProcessTest.cli("check", "--lang", "en", "--project", project.toString());
        CliProcessTest.Run noOut = CliProcessTest.cli("render", "--project", project.toString());
        CliProcessTest.Run unknown = CliProcessTest.cli("report", "--projekt", project.toString());

        assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("ORPHAN vanished_layer：", "图层顺序和显示设置", "发现 1 个问题")
                .doesNotContain("missing layer");
        assertThat(checkEn.out()).contains("ORPHAN vanished_layer: a layer order/visibility row for a missing layer");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("render：", "--out").doesNotContain("required", "usage");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("report：", "--projekt").doesNotContain("unknown option", "usage");
    }
}
