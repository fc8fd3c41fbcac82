package rectimap.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import rectimap.campaign.ProjectAssembler;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFiles;

/**
 * The real window under Xvfb, driven as a user drives it: the app started with {@code -Drectimap.trace.frames=true}
 * (see {@code ui.map.FrameTrace}), then bursts of three wheel notches 40 ms apart and drag pans sent by
 * {@code xdotool} (Debian package xdotool). For each burst or pan: from the moment the last notch (or the button
 * release) was sent to the moment the crisp frame of the gesture's final view (the last frame asked for) is shown, on
 * the monotonic clock both processes share; and the longest time the FX thread ran nothing else during the gesture
 * (its {@code fx-busy} probe), from the first input sent to that frame. On the sample and on the sample with 100,000
 * responsibility areas. Median and p95 (nearest rank) of the rounds. Also printed per project: each app thread's CPU
 * time during the gestures ({@link ThreadCpu}), the longest FX-thread spell with the stacks seen in it, and where all
 * spells over 16 ms went ({@link SpellStacks}). Run: {@code bench/run window} (needs Xvfb and xdotool); with
 * {@code BENCH_JAVA_OPTIONS="-Dbench.window.rounds=6 -Dbench.window.sets=sample"} for a shorter run, and
 * {@code -Dbench.window.log=/tmp/trace} to keep every trace line ({@code /tmp/trace-PID.txt}).
 */
public final class WindowBench {
    /** Gestures of each kind per project ({@code -Dbench.window.rounds}). */
    private static final int ROUNDS = Integer.getInteger("bench.window.rounds", 12);
    /** Which projects: "sample", "stress" or both ({@code -Dbench.window.sets=sample,stress}). */
    private static final String SETS = System.getProperty("bench.window.sets", "sample,stress");
    private static final String DISPLAY = ":97";
    /** The installed window's JIT setting (BuildDist's launcher options); -Dbench.appJavaOptions may override it. */
    static final String LAUNCHER_COMPILER = TracedWindow.LAUNCHER_COMPILER;

    private static long xvfbPid;

    private WindowBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("window-bench");
        Process xvfb = TracedWindow.xvfb(DISPLAY, home);
        xvfbPid = xvfb.pid();
        try {
            System.out.printf("load at start %s%n", WholeProcess.load());
            if (SETS.contains("sample")) {
                measure("sample (689 features)", home, null, 1500);
            }
            if (!SETS.contains("stress")) {
                return;
            }
            Path stress = home.resolve("stress.gpkg");
            Path sample = Path.of("maps", "yanhu-sample.gpkg");
            List<Layer> reference = new ArrayList<>();
            try (GeoPackageStore store = GeoPackageStore.open(sample, AccessMode.READ_ONLY)) {
                ProjectAssembler.assemble(sample, store).layers().stream().map(MapLayer::layer)
                        .forEach(reference::add);
            }
            ProjectFiles.createFromSample(sample, stress, List.of(PlanningPolygons.layer(100_000))).close();
            measure("100,000 responsibility areas", home, stress, 4000);
            System.out.printf("load at end %s%n", WholeProcess.load());
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String label, Path home, Path project, long settleMs) throws Exception {
        try (TracedWindow app = TracedWindow.start(DISPLAY, home, project)) {
            List<String> lines = app.lines();
            Thread.sleep(settleMs);
            app.awaitIdle();
            Map<String, Integer> geometry = app.geometry();
            int x = geometry.get("X") + geometry.get("WIDTH") / 2;
            int y = geometry.get("Y") + geometry.get("HEIGHT") / 2;
            app.xdotool("mousemove", String.valueOf(x), String.valueOf(y));
            Thread.sleep(300);
            Map<String, Long> cpuBefore = ThreadCpu.of(app.pid());
            long xvfbBefore = TracedWindow.cpuTicks(xvfbPid());
            int linesBefore = lines.size();
            double[] wheel = new double[ROUNDS];
            double[] pan = new double[ROUNDS];
            double[] busy = new double[2 * ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                int from = lines.size();
                long began = System.nanoTime();
                app.xdotool("click", "--repeat", "3", "--delay", "40", round % 2 == 0 ? "4" : "5");
                long sent = System.nanoTime();
                lines.add("rectimap-frame sent wheel " + began + " " + sent);
                Thread.sleep(settleMs);
                wheel[round] = crispAfter(lines, from, sent);
                busy[2 * round] = longestBusy(lines, from, began, sent + (long) (wheel[round] * 1e6));
                from = lines.size();
                began = System.nanoTime();
                app.xdotool("mousedown", "1");
                for (int step = 0; step < 8; step++) {
                    app.xdotool("mousemove_relative", "--", round % 2 == 0 ? "12" : "-12", "6");
                    Thread.sleep(16);
                }
                app.xdotool("mouseup", "1");
                sent = System.nanoTime();
                lines.add("rectimap-frame sent pan " + began + " " + sent);
                Thread.sleep(settleMs);
                pan[round] = crispAfter(lines, from, sent);
                busy[2 * round + 1] = longestBusy(lines, from, began, sent + (long) (pan[round] * 1e6));
                app.xdotool("mousemove", String.valueOf(x), String.valueOf(y));
            }
            long fxPaints = new ArrayList<>(lines).stream().filter(l -> l.startsWith("rectimap-frame paint ")
                    && l.endsWith(" JavaFX Application Thread")).count();
            System.out.printf("%s: last wheel notch -> crisp frame shown median %.0f ms, p95 %.0f ms; end of pan ->"
                    + " crisp frame median %.0f ms, p95 %.0f ms; longest FX-thread task during a gesture median"
                    + " %.0f ms, max %.0f ms; frames painted on the FX thread %d  (NaN: not shown within the settle time) [wheel %s, pan %s, busy %s]%n",
                    label, ImportBench.median(shown(wheel)), Percentiles.of(shown(wheel), 95),
                    ImportBench.median(shown(pan)), Percentiles.of(shown(pan), 95), ImportBench.median(busy),
                    max(busy), fxPaints, rounded(wheel),
                    rounded(pan), rounded(busy));
            System.out.printf("  CPU ms during the gestures (%d wheel bursts + %d pans): %s; Xvfb %d%n", ROUNDS, ROUNDS,
                    ThreadCpu.since(cpuBefore, ThreadCpu.of(app.pid())), 10 * (TracedWindow.cpuTicks(xvfbPid()) - xvfbBefore));
            List<String> during = new ArrayList<>(lines).subList(linesBefore, lines.size());
            System.out.printf("  longest FX-thread spell: %s%n", longestSpell(during));
            String log = System.getProperty("bench.window.log");   // every trace line, for a closer look
            if (log != null) {
                Files.write(Path.of(log + "-" + app.pid() + ".txt"), new ArrayList<>(lines));
            }
            System.out.printf("  FX-thread stacks most sampled in spells over 16 ms: %s%n", SpellStacks.of(during));
        }
    }

    /** The longest {@code fx-busy} spell in {@code lines} and the FX thread's stack seen most often during it. */
    private static String longestSpell(List<String> lines) {
        String longest = null;
        long most = -1;
        // A copy (the synchronized list's own lock): the app's reader thread may still be adding lines.
        List<String> copy = new ArrayList<>(lines);
        for (String line : copy) {
            String[] parts = line.split(" ");
            if (parts[1].equals("fx-busy") && Long.parseLong(parts[3]) - Long.parseLong(parts[2]) > most) {
                most = Long.parseLong(parts[3]) - Long.parseLong(parts[2]);
                longest = parts[2];
            }
        }
        if (longest == null) {
            return "none over 8 ms";
        }
        String prefix = "rectimap-frame fx-busy-stack " + longest + " ";
        String stack = copy.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .findFirst().orElse("(no stack sampled)");
        return String.format("%.0f ms; samples, then count and stack (innermost first) of the most seen: %s",
                most / 1e6, stack);
    }

    private static long xvfbPid() {
        return xvfbPid;
    }

    /**
     * Milliseconds from {@code sentNanos} to the showing of the last frame asked for in lines from {@code from} on
     * (the gesture's final view); NaN when it was not shown.
     */
    private static double crispAfter(List<String> lines, int from, long sentNanos) {
        List<String> copy = new ArrayList<>(lines);
        String last = null;
        for (int i = from; i < copy.size(); i++) {
            String[] parts = copy.get(i).split(" ");
            if (parts[1].equals("request")) {
                last = parts[2];
            }
        }
        for (int i = from; i < copy.size(); i++) {
            String[] parts = copy.get(i).split(" ");
            if (parts[1].equals("shown") && parts[3].equals(last)) {
                return Math.max(0, Long.parseLong(parts[2]) - sentNanos) / 1e6;
            }
        }
        return Double.NaN;
    }

    /** The longest FX-thread busy spell (ms) overlapping {@code fromNanos}..{@code toNanos}; 0 when none over 8 ms. */
    private static double longestBusy(List<String> lines, int from, long fromNanos, long toNanos) {
        List<String> copy = new ArrayList<>(lines);
        double longest = 0;
        for (int i = from; i < copy.size(); i++) {
            String[] parts = copy.get(i).split(" ");
            if (parts[1].equals("fx-busy")) {
                long start = Long.parseLong(parts[2]);
                long end = Long.parseLong(parts[3]);
                if (end > fromNanos && start < toNanos) {
                    longest = Math.max(longest, (end - start) / 1e6);
                }
            }
        }
        return longest;
    }

    /** The latencies of the gestures whose crisp frame was shown within the settle time (NaN: not shown). */
    private static double[] shown(double[] latencies) {
        return Arrays.stream(latencies).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static String rounded(double[] values) {
        return Arrays.toString(Arrays.stream(values).map(Math::rint).toArray());
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
