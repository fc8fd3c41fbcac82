package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Project;
import rectimap.report.CleanupTotal;
import rectimap.report.ReportFigures;
import rectimap.report.ReportFilter;
import rectimap.report.ReportInput;
import rectimap.report.StatisticsReport;
import rectimap.report.SummaryText;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/** {@code report}: prints the same summary the report computes from the project file; bad input exits 2. */
class ReportCommandTest {
    @TempDir
    Path dir;
    private Path project;
    private final CliConsole cli = new CliConsole();

    @BeforeEach
    void sampleProject() {
        project = dir.resolve("盐湖区.gpkg");
        CliConsole.createPlannedSample(project).close();
    }

    @Test
    void printsTheSummaryComputedFromTheFile() {
        assertThat(cli.run("report", "--project", project.toString(), "--township", "解州镇", "--as-of",
                "2026-11-29")).isZero();
        Project read;
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            read = ProjectAssembler.assemble(project, store);
        }
        String expected = SummaryText.chinese(StatisticsReport.compute(ReportInput.of(read),
                new ReportFilter("140802100000", null, null, null, LocalDate.of(2026, 11, 29))));
        String printed = cli.out();
        // The CLI also counts the demonstration sites under review, so its text is the figures' text plus that clause.
        assertThat(printed).startsWith(expected.substring(0, expected.indexOf('。') + 1));
        assertThat(printed).contains("截至2026年11月29日，解州镇", "美化墙面 48 处 3600 平米", "依法强制拆除 1 处 920 平米",
                "确定示范镇 1 个");
    }

    @Test
    void badTownshipPhaseOrDateExitTwoNamingTheProblem() {
        assertThat(cli.run("report", "--project", project.toString(), "--township", "不存在镇")).isEqualTo(2);
        assertThat(cli.err()).contains("不存在镇", "解州镇");
        assertThat(cli.run("report", "--project", project.toString(), "--phase", "夏季")).isEqualTo(2);
        assertThat(cli.run("report", "--project", project.toString(), "--from", "2026-13-01")).isEqualTo(2);
        assertThat(cli.err()).contains("2026-13-01");
        assertThat(cli.run("report", "--project", dir.resolve("missing.gpkg").toString())).isEqualTo(2);
    }

    /** The figures of 解州镇 on 2026-11-29 computed here from the file, to compare the written numbers with. */
    private ReportFigures jiezhou() {
        Project read;
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            read = ProjectAssembler.assemble(project, store);
        }
        return StatisticsReport.compute(ReportInput.of(read),
                new ReportFilter("140802100000", null, null, null, LocalDate.of(2026, 11, 29)));
    }

    /** The first cleanup kind with work in the figures (its places are what the tables must show). */
    private static CleanupTotal worked(ReportFigures figures) {
        CleanupTotal worked = figures.cleanup().stream().filter(t -> t.places() > 0).findFirst().orElseThrow();
        assertThat(worked.places()).isPositive();
        return worked;
    }

    @Test
    void csvIsUtf8WithBomChineseHeadersAndTheComputedNumbers() throws Exception {
        Path csv = dir.resolve("报表.csv");
        assertThat(cli.run("report", "--project", project.toString(), "--township", "解州镇", "--as-of",
                "2026-11-29", "--format", "csv", "--out", csv.toString())).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("文字总结");
        assertThat(lines).contains("整治工作量（按类型）", "类型,片区数,处,吨,面积（m²）,里程（km）,已完成 处,已完成 吨,已完成 面积（m²）,已完成 里程（km）",
                "状态,处,建筑面积（m²）", "分乡镇统计");
        CleanupTotal worked = worked(jiezhou());
        String row = lines.stream().filter(l -> l.startsWith(worked.kind() + ",")).findFirst().orElseThrow();
        assertThat(row.split(",")[2]).isEqualTo(Long.toString(worked.places()));
        assertThat(cli.out()).contains("已写出 " + csv.toAbsolutePath());
    }

    @Test
    void xlsxHoldsASheetPerTableWithNumberCells() throws Exception {
        Path xlsx = dir.resolve("报表.xlsx");
        assertThat(cli.run("report", "--project", project.toString(), "--township", "解州镇", "--as-of",
                "2026-11-29", "--format", "xlsx", "--out", xlsx.toString())).isZero();
        ReportFigures figures = jiezhou();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("文字总结");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).startsWith("截至2026年11月29日，解州镇");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("整治工作量（按类型）");
            assertThat(book.getSheetAt(5).getSheetName()).isEqualTo("分乡镇统计");
            XSSFSheet kinds = book.getSheet("整治工作量（按类型）");
            assertThat(kinds.getRow(0).getCell(2).getStringCellValue()).isEqualTo("处");
            int row = 1;
            CleanupTotal worked = worked(figures);
            while (!kinds.getRow(row).getCell(0).getStringCellValue().equals(worked.kind())) {
                row++;
            }
            assertThat(kinds.getRow(row).getCell(2).getNumericCellValue()).isEqualTo((double) worked.places());
        }
    }
}
