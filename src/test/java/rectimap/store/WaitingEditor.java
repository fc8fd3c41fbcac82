package rectimap.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link SharedProjectFileTest}: opens the project for editing as the app does, prints "READY",
 * and after a line on its input does {@code count} {@link CrashEdits} steps (then, when a third argument
 * {@code review} is given, records {@link #VERDICT} through the project's review archive as the review panel does),
 * prints "WAITING n" each time the journal says n moves wait (the file is held by another program), and waits to be
 * killed.
 */
public final class WaitingEditor {
    /** The verdict a {@code review} run records. */
    static final rectimap.campaign.review.VerdictRecord VERDICT = new rectimap.campaign.review.VerdictRecord(
            "示范村:140802101207", "解州镇常平村", rectimap.campaign.review.Verdict.RETURNED, "王审核",
            java.time.Instant.parse("2026-05-06T07:08:09Z"), "厕所改造未完成");

    private WaitingEditor() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ProjectFile project = ProjectFiles.open(Path.of(args[0]));
        GeoPackageJournal journal = project.journal().orElseThrow();
        journal.addStatusListener(status -> out.println("WAITING " + status.unsavedMoves()));
        out.println("READY");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        for (int i = 1; i <= Integer.parseInt(args[1]); i++) {
            journal.recordDone(CrashEdits.step(i));
        }
        if (args.length > 2 && args[2].equals("review")) {
            GeoPackageReviewArchive.of(project).recordVerdict(VERDICT);
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    static Process start(Path file, int count, String... more) throws IOException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), WaitingEditor.class.getName(), file.toString(),
                String.valueOf(count)));
        command.addAll(java.util.List.of(more));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output until it prints {@code line}. */
    static void await(Process editor, String line) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(editor.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String read = in.readLine(); read != null; read = in.readLine()) {
            seen.append(read).append('\n');
            if (read.equals(line)) {
                return;
            }
        }
        throw new AssertionError("the editor ended without printing " + line + ":\n" + seen);
    }

    /** Tells the child to do its steps. */
    static void edit(Process editor) throws IOException {
        editor.getOutputStream().write('\n');
        editor.getOutputStream().flush();
    }
}
