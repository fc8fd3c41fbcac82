package rectimap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Why a bench's app process ended before the bench was done with it: its exit code (above 128: killed by that signal
 * minus 128, 9 = SIGKILL as the kernel's out-of-memory killer sends it), its last lines of standard error, the end of
 * its GC log (how full the heap was) and any crash file it wrote (the JVM's {@code hs_err} file, the app's crash
 * report in its log folder). Feed it the app's standard error lines with {@link #stderr}.
 */
final class AppExit {
    private static final int KEPT_LINES = 30;

    private final Path home;
    private final long started = System.nanoTime();
    private final Deque<String> lastLines = new ArrayDeque<>();

    /** For an app whose GC log and crash files go to {@code home} ({@link #jvmOptions}). */
    AppExit(Path home) {
        this.home = home;
    }

    /**
     * JVM options that make the app leave its GC and safepoint log ({@link #gcLog}, stamped with the monotonic clock
     * in nanoseconds, as {@code System.nanoTime()}) and its crash file in {@code home}.
     */
    static List<String> jvmOptions(Path home) {
        return List.of("-Xlog:gc,safepoint:file=" + home.resolve("app-gc-%p.log") + ":timenanos",
                "-XX:ErrorFile=" + home.resolve("hs_err_pid%p.log"));
    }

    /** The GC and safepoint log of the app {@code pid} started with {@link #jvmOptions}{@code (home)}. */
    static Path gcLog(Path home, long pid) {
        return home.resolve("app-gc-" + pid + ".log");
    }

    /** One line the app wrote on standard error (the last few are kept). */
    synchronized void stderr(String line) {
        lastLines.addLast(line);
        if (lastLines.size() > KEPT_LINES) {
            lastLines.removeFirst();
        }
    }

    /** A paragraph naming how {@code app} ended and what it left; call it once the process is gone. */
    synchronized String describe(Process app) throws IOException {
        int code = app.exitValue();
        StringBuilder text = new StringBuilder(String.format("the app (pid %d) exited with code %d%s after %.0f s",
                app.pid(), code, code > 128 ? " (killed by signal " + (code - 128) + ")" : "",
                (System.nanoTime() - started) / 1e9));
        text.append("\n    its last lines on standard error:");
        lastLines.forEach(line -> text.append("\n      ").append(line));
        Path gc = gcLog(home, app.pid());
        if (Files.exists(gc)) {
            List<String> log = Files.readAllLines(gc).stream().filter(l -> l.contains(" GC(")).toList();
            text.append("\n    the end of its GC log:");
            log.subList(Math.max(0, log.size() - 8), log.size()).forEach(l -> text.append("\n      ").append(l));
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path crash : files.filter(f -> f.getFileName().toString().startsWith("hs_err_pid" + app.pid())
                    || f.getFileName().toString().startsWith("crash-")).toList()) {
                List<String> head = Files.readAllLines(crash);
                text.append("\n    crash file ").append(crash).append(':');
                head.subList(0, Math.min(12, head.size())).forEach(l -> text.append("\n      ").append(l));
            }
        }
        return text.toString();
    }
}
