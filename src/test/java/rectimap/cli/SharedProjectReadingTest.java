package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.review.Verdict;
import rectimap.campaign.review.VerdictRecord;
import rectimap.store.GeoPackageReviewArchive;
import rectimap.store.ProjectFile;
import rectimap.store.pg.PgCluster;

/**
 * {@code check}, {@code report} and {@code review-sheet} read a {@code postgresql://} address as they read the
 * project file it was published from: the planned sample with one review verdict, published into the throwaway
 * cluster, gives the same report, the same review sheet and the same check; an invalid geometry written on the
 * server by SQL is then found by {@code check}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedProjectReadingTest {
    @TempDir
    static Path dir;
    static Path file;
    static String url;
    static String database;

    @BeforeAll
    static void publishAReviewedProject() {
        PgCluster cluster = PgCluster.shared();
        file = dir.resolve("盐湖区.gpkg");
        try (ProjectFile project = CliConsole.createPlannedSample(file)) {
            GeoPackageReviewArchive.of(project).recordVerdict(new VerdictRecord("示范镇:140802100000", "解州镇",
                    Verdict.RETURNED, "督导组王某", Instant.parse("2026-11-28T02:00:00Z"), "墙面色彩待补")).join();
        }
        database = cluster.createDatabase();
        url = cluster.url(PgCluster.SUPERUSER, database) + "?schema=campaign";
        CliConsole published = new CliConsole();
        assertThat(published.run("publish", "--project", file.toString(), "--to", url)).as(published.err()).isZero();
    }

    @Test
    void theReportIsTheSameFromTheServer() throws Exception {
        CliConsole fromFile = new CliConsole();
        CliConsole fromServer = new CliConsole();
        Path csvFile = dir.resolve("file.csv");
        Path csvServer = dir.resolve("server.csv");
        assertThat(fromFile.run("report", "--project", file.toString(), "--as-of", "2026-12-01", "--format", "csv",
                "--out", csvFile.toString())).as(fromFile.err()).isZero();
        assertThat(fromServer.run("report", "--project", url, "--as-of", "2026-12-01", "--format", "csv",
                "--out", csvServer.toString())).as(fromServer.err()).isZero();
        assertThat(summary(fromServer.out())).isNotBlank().isEqualTo(summary(fromFile.out()));
        assertThat(Files.readString(csvServer)).isNotBlank().isEqualTo(Files.readString(csvFile));
    }

    @Test
    void theReviewSheetCarriesTheVerdictPublishedWithTheProject() throws Exception {
        Path pdfFile = dir.resolve("file.pdf");
        Path pdfServer = dir.resolve("server.pdf");
        CliConsole cli = new CliConsole();
        assertThat(cli.run("review-sheet", "--project", file.toString(), "--site", "解州镇", "--out",
                pdfFile.toString())).as(cli.err()).isZero();
        assertThat(cli.run("review-sheet", "--project", url, "--site", "解州镇", "--out", pdfServer.toString()))
                .as(cli.err()).isZero();
        assertThat(text(pdfServer)).contains("解州镇示范审查单", "当前结论：退回修改", "督导组王某", "墙面色彩待补")
                .isEqualTo(text(pdfFile));
    }

    @Test
    void aBadAddressIsOneSentenceForEachCommand() {
        for (String command : new String[] {"report", "review-sheet", "check"}) {
            CliConsole cli = new CliConsole();
            String[] args = command.equals("review-sheet")
                    ? new String[] {command, "--project", "postgresql://me:secret@127.0.0.1/db", "--site", "解州镇",
                            "--out", dir.resolve("x.pdf").toString()}
                    : new String[] {command, "--project", "postgresql://me:secret@127.0.0.1/db"};
            assertThat(cli.run(args)).as(command).isEqualTo(2);
            assertThat(cli.err()).as(command).startsWith(command + ": ").contains("写了密码")
                    .doesNotContain("secret").doesNotContain("Exception");
        }
        CliConsole repair = new CliConsole();
        assertThat(repair.run("check", "--project", url, "--repair")).isEqualTo(2);
        assertThat(repair.err()).contains("--repair", "数据库服务器");
    }

    @Test
    void checkFindsWhatTheFileCheckFindsOnTheServer() {
        CliConsole fromFile = new CliConsole();
        CliConsole fromServer = new CliConsole();
        int fileExit = fromFile.run("check", "--project", file.toString());
        assertThat(fromServer.run("check", "--project", url)).as(fromServer.err()).isEqualTo(fileExit);
        assertThat(findings(fromServer.out())).isEqualTo(findings(fromFile.out()));
        assertThat(fromServer.out()).contains(database + ".campaign@127.0.0.1");
    }

    @Test
    @Order(Integer.MAX_VALUE) // it changes a zone, which the report and sheet must not see
    void checkNamesAGeometryMadeInvalidOnTheServer() throws Exception {
        try (Connection c = PgCluster.shared().superuser(database); Statement sql = c.createStatement()) {
            // A bow-tie: the ring crosses itself at (111.005 35.005).
            sql.executeUpdate("UPDATE campaign.cleanup_zone SET geom = ST_Multi(ST_GeomFromText('POLYGON((111 35,"
                    + " 111.01 35.01, 111.01 35, 111 35.01, 111 35))', ST_SRID(geom)))"
                    + " WHERE fid = (SELECT min(fid) FROM campaign.cleanup_zone)");
        }
        CliConsole cli = new CliConsole();
        assertThat(cli.run("check", "--project", url)).as(cli.err()).isEqualTo(1);
        assertThat(cli.out())
                .containsPattern("INVALID_GEOMETRY cleanup_zone fid \\d+：图形无效（PostGIS：Self-intersection");
    }

    /** The report's summary lines, without the "wrote FILE" line that names the output. */
    private static String summary(String out) {
        return out.lines().filter(line -> !line.contains(".csv")).reduce("", (a, b) -> a + b + "\n");
    }

    /** The finding lines, without the closing line that names the project. */
    private static java.util.List<String> findings(String out) {
        return out.lines().filter(line -> !line.contains("未发现问题") && !line.matches(".*：发现 [0-9]+ 个问题"))
                .toList();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
