package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.review.ReviewArchive;
import rectimap.campaign.review.ReviewLedger;
import rectimap.campaign.review.SiteKind;
import rectimap.campaign.review.SiteMark;
import rectimap.campaign.review.Verdict;
import rectimap.campaign.review.VerdictRecord;

/** Verdicts and site marks are kept in the project file: they survive closing and reopening, and GDAL still validates it. */
class ReviewArchiveTest {
    @TempDir
    Path dir;

    @Test
    void verdictHistoryAndMarksSurviveReopen() {
        Path file = dir.resolve("审查 2026.gpkg");
        String site = "示范镇:140802100000";
        VerdictRecord returned = new VerdictRecord(site, "解州镇", Verdict.RETURNED, "督导组 王某",
                Instant.parse("2026-11-28T02:00:00Z"), "墙面改造方案缺色彩说明,\"退回\"修改");
        VerdictRecord approved = new VerdictRecord(site, "解州镇", Verdict.APPROVED, "区领导 刘某",
                Instant.parse("2026-11-29T03:30:00Z"), "同意");
        SiteMark mark = new SiteMark(SiteKind.DEMO_VILLAGE, "140802100201", SiteMark.MarkAction.MARK, "规划员",
                Instant.parse("2026-11-27T08:00:00Z"));
        try (ProjectFile project = ProjectFiles.createFromSample(ProjectFilesTest.SAMPLE, file,
                List.of(ProjectFilesTest.planningZones()))) {
            ReviewArchive archive = GeoPackageReviewArchive.of(project);
            assertThat(archive.writable()).isTrue();
            assertThat(archive.verdicts()).isEmpty();
            archive.recordSiteMark(mark).join();
            archive.recordVerdict(returned).join();
            archive.recordVerdict(approved).join();
            assertThat(archive.verdicts()).containsExactly(returned, approved);
        }
        try (ProjectFile reopened = ProjectFiles.open(file)) {
            ReviewArchive archive = GeoPackageReviewArchive.of(reopened);
            assertThat(archive.verdicts()).containsExactly(returned, approved);
            assertThat(archive.siteMarks()).containsExactly(mark);
            ReviewLedger ledger = new ReviewLedger(archive.verdicts());
            assertThat(ledger.current(site)).isEqualTo(Verdict.APPROVED);
            assertThat(ledger.history(site)).extracting(VerdictRecord::reviewer).containsExactly("督导组 王某", "区领导 刘某");
        }
        GdalTools.requireGdal();
        GdalTools.validateGpkg(file).requireSuccess();
        assertThat(GdalTools.featureCounts(file)).doesNotContainKeys(ReviewRows.VERDICTS, ReviewRows.MARKS);
    }

    @Test
    void aReadOnlySessionReadsTheHistoryButRecordsNothing() {
        Path file = dir.resolve("p.gpkg");
        VerdictRecord verdict = new VerdictRecord("文化体验村:140802101216", "西张耿村委会", Verdict.APPROVED, "李某",
                Instant.parse("2026-11-29T01:00:00Z"), "");
        try (ProjectFile project = ProjectFiles.createFromSample(ProjectFilesTest.SAMPLE, file, List.of())) {
            GeoPackageReviewArchive.of(project).recordVerdict(verdict).join();
        }
        try (ProjectFile readOnly = ProjectFiles.openReadOnly(file)) {
            ReviewArchive archive = GeoPackageReviewArchive.of(readOnly);
            assertThat(archive.verdicts()).containsExactly(verdict);
            assertThat(archive.writable()).isFalse();
            assertThat(archive.recordVerdict(verdict)).isCompletedExceptionally();
        }
    }
}
