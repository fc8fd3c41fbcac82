package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.review.Verdict;
import rectimap.campaign.review.VerdictRecord;
import rectimap.store.GeoPackageReviewArchive;
import rectimap.store.ProjectFile;

/** {@code review-sheet} and {@code report --format pdf}: PDFs read back with PDFBox carry the titles, names and tables. */
class ReviewSheetCommandTest {
    @TempDir
    Path dir;
    private Path project;
    private final CliConsole cli = new CliConsole();

    @BeforeEach
    void sampleProjectWithAVerdict() {
        project = dir.resolve("盐湖区.gpkg");
        try (ProjectFile file = CliConsole.createPlannedSample(project)) {
            GeoPackageReviewArchive.of(file).recordVerdict(new VerdictRecord("示范镇:140802100000", "解州镇",
                    Verdict.RETURNED, "督导组王某", Instant.parse("2026-11-28T02:00:00Z"), "墙面色彩待补")).join();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    @Test
    void theReviewSheetCarriesTitleSitePlanItemsAndVerdictHistory() throws Exception {
        Path pdf = dir.resolve("解州镇审查单.pdf");
        assertThat(cli.run("review-sheet", "--project", project.toString(), "--site", "解州镇", "--out",
                pdf.toString())).as(cli.err()).isZero();
        String text = text(pdf);
        assertThat(text).contains("解州镇示范审查单", "当前结论：退回修改", "规划项目", "墙面美化", "48处3600m²",
                "残墙断壁", "审查记录", "督导组王某", "退回修改", "墙面色彩待补");
    }

    @Test
    void anUnknownSiteExitsTwoListingTheSites() {
        assertThat(cli.run("review-sheet", "--project", project.toString(), "--site", "不存在村", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("不存在村", "解州镇", "西张耿村委会");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void theReportPdfCarriesTheSummaryAndTables() throws Exception {
        Path pdf = dir.resolve("报表.pdf");
        assertThat(cli.run("report", "--project", project.toString(), "--as-of", "2026-11-29", "--format", "pdf",
                "--out", pdf.toString())).as(cli.err()).isZero();
        String text = text(pdf);
        assertThat(text).contains("全区城乡环境整治统计报表", "截至2026年11月29日", "文字总结", "清理垃圾12处35.5吨",
                "整治工作量（按类型）");
    }
}
