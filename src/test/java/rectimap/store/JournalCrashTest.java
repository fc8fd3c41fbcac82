package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;

/**
 * kill -9 in the middle of editing loses nothing acknowledged: a real child JVM ({@link CrashingEditor}) writes edits
 * through the journal and prints the id of each committed step; the test kills it with SIGKILL
 * ({@link Process#destroyForcibly()}) after a given number of acknowledgements, with more steps in flight, then
 * reopens the project as the app would.
 */
class JournalCrashTest {
    /** A guard against a hung child, not a speed requirement: the child acknowledges steps in milliseconds. */
    private static final long HANG_GUARD_SECONDS = 120;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed after {0} acknowledged steps")
    @ValueSource(ints = {0, 1, 8, 30})
    void everyAcknowledgedEditSurvivesAKillAndTheFileIsWhole(int killAfterAcks) throws Exception {
        Path file = dir.resolve("崩溃测试.gpkg");
        ProjectFiles.createFromSample(ProjectFilesTest.SAMPLE, file, List.of(ProjectFilesTest.planningZones())).close();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingEditor.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = readLines(child);
        int acknowledged = 0;
        try {
            awaitLine(lines, "READY", child);
            // A second program while the child edits: refused with who holds it, as a second Rectimap would be.
            assertThatThrownBy(() -> ProjectFiles.open(file)).isInstanceOfSatisfying(ProjectInUseException.class,
                    e -> assertThat(e.holder().pid()).isEqualTo(child.pid()));
            while (acknowledged < killAfterAcks) {
                acknowledged = Integer.parseInt(awaitLine(lines, "ACK ", child).substring(4));
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        for (String line : drain(lines)) {
            if (line.startsWith("ACK ")) {
                acknowledged = Math.max(acknowledged, Integer.parseInt(line.substring(4)));
            }
        }
        assertThat(Files.exists(ProjectLock.sidecarOf(file))).as("the killed session left its lock file").isTrue();

        try (ProjectFile reopened = ProjectFiles.open(file)) {
            assertThat(reopened.notices()).contains(OpenNotice.RECOVERED);
            int committed = reopened.historyCursor();
            assertThat(committed).as("every acknowledged step is in the file").isGreaterThanOrEqualTo(acknowledged);
            List<Feature> expected = new ArrayList<>(ProjectFilesTest.planningZones().features());
            expected.addAll(CrashEdits.zonesAfter(committed));
            assertThat(reopened.store().load(CrashEdits.TABLE).features()).isEqualTo(expected);
            List<ChangeSet> steps = new ArrayList<>();
            for (int i = 1; i <= committed; i++) {
                steps.add(CrashEdits.step(i));
            }
            assertThat(reopened.history()).isEqualTo(steps);
            assertThat(reopened.store().integrityCheck()).containsExactly("ok");
            // Editing goes on after the recovery.
            reopened.journal().orElseThrow().recordDone(CrashEdits.step(committed + 1)).join();
        }
        GdalTools.validateGpkg(file).requireSuccess();
        assertThat(Files.exists(ProjectLock.sidecarOf(file))).isFalse();
    }

    /** The child's output lines as they come, then "EOF" (also for {@link SteadyEditor}'s child). */
    static BlockingQueue<String> readLines(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The stream closes when the killed child is reaped: that is the end of its output.
            } finally {
                lines.add("EOF");
            }
        }, "crash-child-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix, Process child) throws Exception {
        List<String> skipped = new ArrayList<>();
        while (true) {
            String line = lines.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            if (line == null || line.equals("EOF")) {
                throw new AssertionError("the child (alive: " + child.isAlive() + ") printed no '" + prefix
                        + "'; its output: " + skipped);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            skipped.add(line);
        }
    }

    /** What the child printed before it died (the reader ends at EOF once the process is gone). */
    private static List<String> drain(BlockingQueue<String> lines) throws InterruptedException {
        List<String> rest = new ArrayList<>();
        for (String line = lines.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS); line != null && !line.equals("EOF");
             line = lines.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            rest.add(line);
        }
        return rest;
    }
}
