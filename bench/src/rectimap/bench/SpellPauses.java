package rectimap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of the FX thread's spells over 16 ms the whole JVM was stopped: the app's safepoint log
 * ({@link AppExit#jvmOptions}, stamped with the monotonic clock the trace uses) against its {@code fx-busy} lines.
 * A stopped JVM runs no Java on any thread, the FX thread included, whatever it was doing; the stack samples of such
 * a spell show it idle in GTK's loop. Split by cause: garbage collection, the probe's own stack sampling
 * ({@code ThreadDump}), anything else.
 */
final class SpellPauses {
    private static final Pattern SAFEPOINT = Pattern.compile(
            "^\\[(\\d+)ns\\] Safepoint \"([^\"]+)\".* Total: (\\d+) ns");

    private SpellPauses() {
    }

    /** One line: spells over 16 ms, their total ms, and the ms of them the JVM was stopped, by cause. */
    static String of(List<String> traceLines, Path safepointLog) throws IOException {
        if (!Files.exists(safepointLog)) {
            return "(no safepoint log)";
        }
        List<long[]> pauses = new ArrayList<>();   // {start, end, cause: 0 GC, 1 stack sampling, 2 other}
        for (String line : Files.readAllLines(safepointLog)) {
            Matcher m = SAFEPOINT.matcher(line);
            if (m.find()) {
                long end = Long.parseLong(m.group(1));
                String name = m.group(2);
                int cause = name.startsWith("G1") || name.contains("GC") || name.contains("Collect") ? 0
                        : name.equals("ThreadDump") ? 1 : 2;
                pauses.add(new long[] {end - Long.parseLong(m.group(3)), end, cause});
            }
        }
        int spells = 0;
        double total = 0;
        double[] stopped = new double[3];
        for (String line : traceLines) {
            String[] parts = line.split(" ");
            if (!parts[1].equals("fx-busy")) {
                continue;
            }
            long from = Long.parseLong(parts[2]);
            long to = Long.parseLong(parts[3]);
            if (to - from <= 16_000_000) {
                continue;
            }
            spells++;
            total += (to - from) / 1e6;
            for (long[] pause : pauses) {
                long overlap = Math.min(to, pause[1]) - Math.max(from, pause[0]);
                if (overlap > 0) {
                    stopped[(int) pause[2]] += overlap / 1e6;
                }
            }
        }
        return String.format("%d spells over 16 ms, %.0f ms in all; the JVM stopped in them: garbage collection %.0f ms,"
                + " the probe's stack sampling %.0f ms, other %.0f ms", spells, total, stopped[0], stopped[1], stopped[2]);
    }
}
