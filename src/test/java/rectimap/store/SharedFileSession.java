package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.PlanningRules;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.model.JournalStatus;

/**
 * An editing session on a real project file, as the app has one: {@link ProjectFiles#open}, an {@link EditSession}
 * over the journal, and every {@link JournalStatus} the journal told. Steps are {@link CrashEdits}' (step i adds
 * zone 1000+i), so what the file must hold after n steps is known.
 */
final class SharedFileSession implements AutoCloseable {
    final Path file;
    final ProjectFile project;
    final EditSession session;
    final List<JournalStatus> statuses = new CopyOnWriteArrayList<>();
    private int steps;

    SharedFileSession(Path file) {
        this.file = file;
        this.project = ProjectFiles.open(file);
        this.session = new EditSession(ProjectAssembler.assemble(file, project.store()),
                UndoHistory.of(project.history(), project.historyCursor()), project.journal().orElseThrow(),
                PlanningRules.INSTANCE);
        this.steps = project.historyCursor();
        project.journal().orElseThrow().addStatusListener(statuses::add);
    }

    /** A new project from the sample with the two planning zones, closed. */
    static Path newProject(Path file) {
        ProjectFiles.createFromSample(ProjectFilesTest.SAMPLE, file, List.of(ProjectFilesTest.planningZones())).close();
        return file;
    }

    /** Does the next {@code count} steps; the futures complete when each is in the file. */
    List<CompletableFuture<Void>> edit(int count) {
        List<CompletableFuture<Void>> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            written.add(session.execute(CrashEdits.step(++steps)).orElseThrow().durable());
        }
        return written;
    }

    int steps() {
        return steps;
    }

    /** Waits until the journal told a status {@code wanted} (polls; fails after {@code within}). */
    JournalStatus awaitStatus(Predicate<JournalStatus> wanted, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            for (JournalStatus status : statuses) {
                if (wanted.test(status)) {
                    return status;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such journal status within " + within + "; told: " + statuses);
    }

    /** The last status told. */
    JournalStatus lastStatus() {
        return statuses.get(statuses.size() - 1);
    }

    /** Waits for every future (fails after {@code within}). */
    static void awaitAll(List<CompletableFuture<Void>> written, Duration within) throws Exception {
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).get(within.toSeconds(), TimeUnit.SECONDS);
    }

    /** What the sqlite3 shell (another program) reads from {@code file}: {@code query}'s output, trimmed. */
    static String sqlite3(Path file, String query) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("sqlite3", "-cmd", ".timeout 10000", file.toString(), query)
                .redirectErrorStream(true).start();
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(shell.waitFor()).as("sqlite3 " + query + ": " + out).isZero();
        return out;
    }

    /** Asserts that the file, as another program reads it, holds exactly steps 1..n. */
    static void assertFileHoldsSteps(Path file, int n) throws IOException, InterruptedException {
        assertThat(sqlite3(file, "SELECT count(*) FROM gpkgext_rectimap_history")).isEqualTo(String.valueOf(n));
        assertThat(sqlite3(file, "SELECT coalesce((SELECT value FROM gpkgext_rectimap_state WHERE key = 'history_cursor'), 0)"))
                .isEqualTo(String.valueOf(n));
        assertThat(sqlite3(file, "SELECT count(*) FROM zone_area WHERE code BETWEEN 1001 AND 999999")).isEqualTo(String.valueOf(n));
    }

    @Override
    public void close() {
        project.close();
    }
}
