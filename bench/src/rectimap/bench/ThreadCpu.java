package rectimap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of another Linux process's threads, summed by thread name, from
 * {@code /proc/PID/task/TID/stat}: where a process's time went when the wall clock is noisy.
 */
final class ThreadCpu {
    private static final int TICK_MS = 10;

    private ThreadCpu() {
    }

    /** Milliseconds of CPU so far per thread name (threads of one name, e.g. "GC Thread#1", are summed). */
    static Map<String, Long> of(long pid) throws IOException {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ms = TICK_MS * (Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    byName.merge(name, ms, Long::sum);
                } catch (IOException gone) {
                    // The thread ended between the listing and the read.
                }
            }
        }
        return byName;
    }

    /** The threads that used at least 20 ms between two readings, most first, as "name ms, name ms, ...". */
    static String since(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= 20)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
