package rectimap.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Another Rectimap editing a project: a child JVM that opens the file for editing as the app does, prints "READY",
 * then writes one {@link CrashEdits} step every {@code intervalMs} through the journal (a new zone, every third step
 * also a rename) until it reads "STOP" on its input, closes the project cleanly and prints "CLOSED". For tests that
 * open, load or check the file while it changes under them.
 */
public final class SteadyEditor implements AutoCloseable {
    /** A guard against a hung child, not a speed requirement. */
    private static final long HANG_GUARD_SECONDS = 60;

    private final Process child;
    private final BlockingQueue<String> lines;

    private SteadyEditor(Process child, BlockingQueue<String> lines) {
        this.child = child;
        this.lines = lines;
    }

    /** A new project at {@code target} from the sample map plus the planning layer {@code zone_area} it edits. */
    public static void createProject(Path target) {
        ProjectFiles.createFromSample(ProjectFilesTest.SAMPLE, target, List.of(ProjectFilesTest.planningZones()))
                .close();
    }

    /** Starts the child editing {@code file} and returns once it holds the editing lock. */
    public static SteadyEditor start(Path file, int intervalMs) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SteadyEditor.class.getName(), file.toString(),
                Integer.toString(intervalMs)).redirectErrorStream(true).start();
        BlockingQueue<String> lines = JournalCrashTest.readLines(child);
        SteadyEditor editor = new SteadyEditor(child, lines);
        editor.await("READY");
        return editor;
    }

    /** Waits for the child's next line starting with {@code prefix}; fails with what it printed otherwise. */
    public String await(String prefix) throws InterruptedException {
        List<String> skipped = new ArrayList<>();
        while (true) {
            String line = lines.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            if (line == null || line.equals("EOF")) {
                throw new AssertionError("the editing child printed no '" + prefix + "': " + skipped);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            if (skipped.size() < 50) {
                skipped.add(line);
            }
        }
    }

    /** How many steps the child has committed so far (waits for the next acknowledgement). */
    public int nextAcknowledged() throws InterruptedException {
        return Integer.parseInt(await("ACK ").substring(4));
    }

    /** Stops the edits, lets the child close the project cleanly and waits for it to end. */
    @Override
    public void close() throws Exception {
        try {
            if (child.isAlive()) {
                child.getOutputStream().write("STOP\n".getBytes(StandardCharsets.UTF_8));
                child.getOutputStream().flush();
                await("CLOSED");
            }
        } finally {
            if (!child.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicBoolean stop = new AtomicBoolean();
        Thread input = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null && !line.equals("STOP"); line = in.readLine()) {
                    // only STOP means anything
                }
            } catch (IOException e) {
                // the parent went away: stop as well
            }
            stop.set(true);
        }, "steady-editor-input");
        input.setDaemon(true);
        input.start();
        long intervalMs = Long.parseLong(args[1]);
        try (ProjectFile project = ProjectFiles.open(Path.of(args[0]))) {
            GeoPackageJournal journal = project.journal().orElseThrow();
            out.println("READY");
            for (int i = 1; !stop.get(); i++) {
                journal.recordDone(CrashEdits.step(i)).join();
                out.println("ACK " + i);
                Thread.sleep(intervalMs);
            }
        }
        out.println("CLOSED");
    }
}
