package rectimap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A long session in the real window (issue 13): what the launchers' client-compiler-only setting costs once the app
 * has run for minutes. The app is started on the 100,000-area project under Xvfb ({@link WindowBench}'s display and
 * trace), once per JIT setting, alternating (client only, C2 on, client only, ...), and driven without a pause for
 * {@code -Dbench.window.session} seconds (default 180): a burst of three wheel notches, a drag pan, over and over,
 * zooming in and out around the same view. Per minute of the session and setting: the median and p95 time the
 * background painter took per finished frame, the median time from the end of a gesture to its crisp frame, the
 * longest FX-thread spell and the compiler threads' CPU. Run: {@code bench/run window-session}, with
 * {@code BENCH_JAVA_OPTIONS="-Dbench.window.session=240 -Dbench.window.sessionRounds=2"} (rounds per setting).
 */
public final class WindowSessionBench {
    private static final int SECONDS = Integer.getInteger("bench.window.session", 180);
    private static final int ROUNDS = Integer.getInteger("bench.window.sessionRounds", 2);
    private static final List<String> SETTINGS = List.of(WindowBench.LAUNCHER_COMPILER, "-XX:TieredStopAtLevel=4");
    private static final long SETTLE_MS = 600;

    private WindowSessionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("window-session-bench");
        Process xvfb = WindowBench.xvfb(home);
        try {
            System.out.printf("100,000 responsibility areas, %d s of continuous wheel bursts and pans per app, load at"
                    + " start %s%n", SECONDS, WholeProcess.load());
            for (int round = 0; round < ROUNDS; round++) {
                for (String setting : SETTINGS) {
                    session(home, WindowBench.stressProject(home), setting);
                }
            }
            System.out.printf("load at end %s%n", WholeProcess.load());
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void session(Path home, Path project, String setting) throws Exception {
        AppExit exit = new AppExit(home);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Process app = WindowBench.startApp(home, project, setting, lines, exit);
        try {
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (new ArrayList<>(lines).stream().noneMatch(l -> l.contains(" shown "))
                    && System.nanoTime() < deadline && app.isAlive()) {
                Thread.sleep(200);
            }
            // At most a minute: under load the start's coverage check of 100,000 areas alone takes minutes.
            WindowBench.awaitIdle(lines, app, 45);
            if (!app.isAlive()) {
                app.waitFor();
                System.out.printf("%s: not measured, %s%n", setting, exit.describe(app));
                return;
            }
            String window = WindowBench.xdotool("search", "--onlyvisible", "--name", "城乡|Rectimap").trim()
                    .split("\n")[0];
            Map<String, Integer> geometry = WindowBench.geometry(window);
            String x = String.valueOf(geometry.get("X") + geometry.get("WIDTH") / 2);
            String y = String.valueOf(geometry.get("Y") + geometry.get("HEIGHT") / 2);
            long began = System.nanoTime();
            List<long[]> gestures = new ArrayList<>();   // {minute, sent nanos, index of the first line after it}
            List<Map<String, Long>> cpu = new ArrayList<>(List.of(ThreadCpu.of(app.pid())));
            for (int gesture = 0; System.nanoTime() - began < SECONDS * 1_000_000_000L && app.isAlive(); gesture++) {
                int from = lines.size();
                WindowBench.xdotool("mousemove", x, y);
                if (gesture % 2 == 0) {
                    // In, in, out, out, ...: the view stays around the same few scales.
                    WindowBench.xdotool("click", "--repeat", "3", "--delay", "40", gesture % 4 == 0 ? "4" : "5");
                } else {
                    WindowBench.xdotool("mousedown", "1");
                    for (int step = 0; step < 8; step++) {
                        // Right and down, then back: the view stays over the district for the whole session.
                        boolean there = gesture % 4 == 1;
                        WindowBench.xdotool("mousemove_relative", "--", there ? "12" : "-12", there ? "6" : "-6");
                        Thread.sleep(16);
                    }
                    WindowBench.xdotool("mouseup", "1");
                }
                long sent = System.nanoTime();
                int minute = (int) ((sent - began) / 60_000_000_000L);
                gestures.add(new long[] {minute, sent, from});
                if (cpu.size() <= minute && app.isAlive()) {
                    cpu.add(cpuOf(app, cpu));
                }
                Thread.sleep(SETTLE_MS);
            }
            cpu.add(cpuOf(app, cpu));
            report(setting, lines, gestures, cpu, app, exit);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static void report(String setting, List<String> lines, List<long[]> gestures, List<Map<String, Long>> cpu,
                               Process app, AppExit exit) throws Exception {
        List<String> copy = new ArrayList<>(lines);
        int minutes = gestures.isEmpty() ? 0 : (int) gestures.get(gestures.size() - 1)[0] + 1;
        for (int minute = 0; minute < minutes; minute++) {
            List<Double> paints = new ArrayList<>();
            List<Double> crisp = new ArrayList<>();
            double longest = 0;
            for (int g = 0; g < gestures.size(); g++) {
                if (gestures.get(g)[0] != minute) {
                    continue;
                }
                int from = (int) gestures.get(g)[2];
                int to = g + 1 < gestures.size() ? (int) gestures.get(g + 1)[2] : copy.size();
                List<String> span = copy.subList(from, to);
                for (String line : span) {
                    String[] parts = line.split(" ");
                    if (parts[1].equals("paint")) {
                        paints.add((Long.parseLong(parts[3]) - Long.parseLong(parts[2])) / 1e6);
                    } else if (parts[1].equals("fx-busy")) {
                        longest = Math.max(longest, (Long.parseLong(parts[3]) - Long.parseLong(parts[2])) / 1e6);
                    }
                }
                crisp.add(crispAfter(span, gestures.get(g)[1]));
            }
            double[] p = paints.stream().mapToDouble(Double::doubleValue).toArray();
            double[] c = crisp.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
            Map<String, Long> before = cpu.get(Math.min(minute, cpu.size() - 1));
            Map<String, Long> after = cpu.get(Math.min(minute + 1, cpu.size() - 1));
            System.out.printf("  %s minute %d: frames painted %d, paint median %.0f ms, p95 %.0f ms; gesture end ->"
                    + " crisp frame median %.0f ms (%d of %d shown within %d ms); longest FX spell %.0f ms;"
                    + " CPU ms C1 %d, C2 %d, map painting %d, FX thread %d, load %s%n", setting, minute + 1, p.length,
                    WindowBench.median(p), Percentiles.of(p, 95), WindowBench.median(c), c.length, crisp.size(),
                    SETTLE_MS, longest, used(before, after, "C1 CompilerThre"),
                    used(before, after, "C2 CompilerThre"), used(before, after, "map-frame")
                    + used(before, after, "map-band"), used(before, after, "JavaFX Applicat"),
                    WholeProcess.load());
        }
        if (!app.isAlive()) {
            app.waitFor();
            System.out.printf("  %s: during the session %s%n", setting, exit.describe(app));
        }
    }

    /** The app's CPU per thread now; the last figures when it has just ended. */
    private static Map<String, Long> cpuOf(Process app, List<Map<String, Long>> sofar) {
        try {
            return ThreadCpu.of(app.pid());
        } catch (java.io.IOException ended) {
            return sofar.get(sofar.size() - 1);
        }
    }

    /** CPU ms of the threads whose name starts with {@code prefix}, from {@code before} to {@code after}. */
    private static long used(Map<String, Long> before, Map<String, Long> after, String prefix) {
        return sum(after, prefix) - sum(before, prefix);
    }

    private static long sum(Map<String, Long> cpu, String prefix) {
        return cpu.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Milliseconds from {@code sent} to the showing of the last frame asked for in {@code span}; NaN if none. */
    private static double crispAfter(List<String> span, long sent) {
        String last = null;
        for (String line : span) {
            String[] parts = line.split(" ");
            if (parts[1].equals("request")) {
                last = parts[2];
            }
        }
        for (String line : span) {
            String[] parts = line.split(" ");
            if (parts[1].equals("shown") && parts[3].equals(last)) {
                return Math.max(0, Long.parseLong(parts[2]) - sent) / 1e6;
            }
        }
        return Double.NaN;
    }
}
