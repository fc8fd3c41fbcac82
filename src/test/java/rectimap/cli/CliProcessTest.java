package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.store.Sqlite3;

/**
 * The command line as a user runs it: a child JVM on the runtime class path with {@link RectimapCli#main}. Its error
 * stream holds sentences only: no SLF4J or Log4j provider warnings, no stack trace, no Java class name; a failure is
 * one line naming the file and the reason.
 */
class CliProcessTest {
    /** A guard against a hung child, not a speed requirement. */
    private static final long HANG_GUARD_SECONDS = 180;

    /** The child's user folder (its log), never the real home of whoever runs the tests. */
    private static final Path CHILD_HOME = Path.of(System.getProperty("java.io.tmpdir"), "rectimap-cli-process-test");

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Drectimap.home=" + CHILD_HOME, "-cp", System.getProperty("java.class.path"),
                RectimapCli.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).start();
        child.getOutputStream().close();
        var err = child.getErrorStream();
        var errText = new java.util.concurrent.CompletableFuture<String>();
        Thread reader = new Thread(() -> {
            try {
                errText.complete(new String(err.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                errText.completeExceptionally(e);
            }
        }, "cli-stderr");
        reader.setDaemon(true);
        reader.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("the CLI finished").isTrue();
        return new Run(child.exitValue(), out, errText.join());
    }

    private static void assertOnlySentences(Run run) {
        assertThat(run.err()).doesNotContain("SLF4J", "Log4j", "Exception", "at rectimap.", "at java.", "\tat ");
    }

    @Test
    void aFileThatIsNoGeoPackageIsOneSentenceNamingIt() throws Exception {
        Path notes = Files.writeString(dir.resolve("会议记录.gpkg"), "这不是地图\n");
        Run run = cli("render", "--project", notes.toString(), "--out", dir.resolve("x.png").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertOnlySentences(run);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("render: ").contains(notes.toString(), "不是有效的 GeoPackage");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aLayerTableDroppedByAnotherProgramIsOneSentenceNamingFileAndTable() throws Exception {
        Path project = Files.copy(Path.of("maps", "yanhu-sample.gpkg"), dir.resolve("yanhu.gpkg"));
        Sqlite3.run(project, "DROP TABLE village;");

        Run run = cli("export", "--project", project.toString(), "--layer", "township", "--format", "geojson",
                "--lang", "en", "--out", dir.resolve("t.geojson").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertOnlySentences(run);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("export: The project file " + project + " registers the layer \"village\"")
                .doesNotContain("SQLITE", "no read permission");
    }

    @Test
    void successfulRunsPrintNothingOnTheErrorStream() throws Exception {
        Path pdf = dir.resolve("全区.pdf");
        Run print = cli("print", "--out", pdf.toString());
        assertThat(print.exitCode()).as(print.err()).isZero();
        assertThat(print.err()).isEmpty();
        assertThat(print.out()).contains(pdf.toString());

        Path xlsx = dir.resolve("村.xlsx");
        Run export = cli("export", "--project", "maps/yanhu-sample.gpkg", "--layer", "village", "--format", "xlsx",
                "--out", xlsx.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();
        assertThat(xlsx).isNotEmptyFile();
    }
}
