package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Project;
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
        assertThat(printed).contains("截至2026年11月29日,解州镇", "美化墙面 48 处 3600 平米", "依法强制拆除 1 处 920 平米",
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
}
