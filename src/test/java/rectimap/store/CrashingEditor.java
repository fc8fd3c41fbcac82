package rectimap.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The child process of {@link JournalCrashTest}: opens the project for editing as the app does, prints "READY", then
 * writes {@link CrashEdits} steps through the journal without end, printing "ACK i" from the writer thread as each
 * step's transaction commits. It keeps a few steps in flight, as an editing user does, and waits to be killed.
 */
public final class CrashingEditor {
    private static final int IN_FLIGHT = 4;

    private CrashingEditor() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ProjectFile project = ProjectFiles.open(Path.of(args[0]));
        GeoPackageJournal journal = project.journal().orElseThrow();
        out.println("READY");
        List<CompletableFuture<Void>> written = new ArrayList<>();
        for (int i = 1; i <= 1_000_000; i++) {
            int step = i;
            written.add(journal.recordDone(CrashEdits.step(step)).thenRun(() -> out.println("ACK " + step)));
            if (written.size() > IN_FLIGHT) {
                written.remove(0).join();
            }
        }
        project.close();
    }
}
