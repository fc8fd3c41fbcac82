package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.install.BuildInfo;

/**
 * A failure no command foresaw (here a command whose code has a bug) writes a crash report in the user's log folder,
 * and the user reads one sentence naming it, in Chinese or with {@code --lang en} in English; {@code --version} prints
 * the build.
 */
class UnexpectedFailureTest {
    @TempDir
    Path home;
    private String homeBefore;

    @BeforeEach
    void ownHome() {
        homeBefore = System.getProperty("rectimap.home");
        System.setProperty("rectimap.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (homeBefore == null) {
            System.clearProperty("rectimap.home");
        } else {
            System.setProperty("rectimap.home", homeBefore);
        }
    }

    /** A command with a bug: it indexes past the end of a list. */
    private static final class BuggyCommand implements CliCommand {
        @Override
        public String name() {
            return "buggy";
        }

        @Override
        public String usage() {
            return "buggy";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            return List.of(1).get(args.size() + 1);
        }
    }

    private String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new RectimapCli(List.of(new BuggyCommand())).run(List.of(args), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBugWritesACrashReportAndOneSentenceNamesIt() throws Exception {
        String err = run("buggy");

        List<Path> reports;
        try (var list = Files.list(home.resolve("logs"))) {
            reports = list.filter(p -> p.getFileName().toString().startsWith("crash-")).toList();
        }
        assertThat(reports).hasSize(1);
        assertThat(err.lines().toList()).singleElement().asString().startsWith("buggy: 因意外故障而中止")
                .contains("故障报告已保存到 " + reports.get(0)).doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(reports.get(0))).contains(BuildInfo.current().line(),
                "java.lang.IndexOutOfBoundsException", "at rectimap.cli.UnexpectedFailureTest$BuggyCommand.run");
    }

    @Test
    void inEnglishWithLangEn() {
        assertThat(run("buggy", "--lang", "en")).startsWith("buggy: Stopped by an unexpected failure")
                .contains("A crash report was saved to " + home.resolve("logs"));
    }

    @Test
    void versionPrintsVersionCommitAndBuildDate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = RectimapCli.standard().run(List.of("--version"), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(BuildInfo.current().line())
                .startsWith("Rectimap " + BuildInfo.current().version() + " (commit ");
    }
}
