package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.install.UserFolders;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/**
 * A failure nothing caught is written to a crash report and told in one sentence; when the heap ran out (a project
 * too big for the memory the app may use) the sentence says so, that the edits are saved and what to do, instead of
 * asking to send a report about a defect. The app keeps running either way (no toolkit here: the dialog is skipped).
 */
class UnexpectedFailuresTest {
    private final PrintStream stderr = System.err;
    private final Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();

    @AfterEach
    void restore() {
        System.setErr(stderr);
        Thread.setDefaultUncaughtExceptionHandler(handler);
    }

    @Test
    void runningOutOfMemoryIsToldAsSuchWithTheReport(@TempDir Path home) throws Exception {
        String told = failInAThread(home, UiLanguage.ZH, () -> {
            long[] tooBig = new long[Integer.MAX_VALUE - 2];   // a real OutOfMemoryError, nothing allocated
            tooBig[0] = 1;
        });
        assertThat(told).contains("内存").contains("已保存在项目文件中").contains(reportIn(home).toString())
                .doesNotContain("OutOfMemoryError");
        assertThat(Files.readString(reportIn(home))).contains("OutOfMemoryError");
    }

    @Test
    void inEnglishAndWrappedInAnotherFailureToo(@TempDir Path home) throws Exception {
        String told = failInAThread(home, UiLanguage.EN, () -> {
            try {
                long[] tooBig = new long[Integer.MAX_VALUE - 2];
                tooBig[0] = 1;
            } catch (OutOfMemoryError e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        assertThat(told).contains("memory").contains(reportIn(home).toString());
    }

    @Test
    void anyOtherFailureStillAsksForTheReport(@TempDir Path home) throws Exception {
        String told = failInAThread(home, UiLanguage.ZH, () -> {
            throw new IllegalStateException("a defect");
        });
        assertThat(told).contains("意外故障").doesNotContain("内存");
    }

    private static String failInAThread(Path home, UiLanguage language, Runnable failing) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        UnexpectedFailures.install(UserFolders.inOneFolder(home), new Messages(language), List.of("big.gpkg"));
        Thread thread = new Thread(failing, "failing");
        thread.start();
        thread.join();
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static Path reportIn(Path home) throws Exception {
        try (var files = Files.list(home.resolve("logs"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("crash-")).findFirst().orElseThrow();
        }
    }
}
