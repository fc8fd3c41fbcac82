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
    /** The bench's own X display, a free number Xvfb picked ({@link #xvfb}); set once at the start. */
    static String display = ":97";
    /** The installed window's JIT setting (BuildDist's launcher options); -Dbench.appJavaOptions may override it. */
    static final String LAUNCHER_COMPILER = "-XX:TieredStopAtLevel=1";

    private static long xvfbPid;

    private WindowBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("window-bench");
        Process xvfb = xvfb(home);
        xvfbPid = xvfb.pid();
        try {
            System.out.printf("load at start %s%n", WholeProcess.load());
            if (SETS.contains("sample")) {
                measure("sample (689 features)", home, null, 1500);
            }
            if (!SETS.contains("stress")) {
                return;
            }
            measure("100,000 responsibility areas", home, stressProject(home), 4000);
            System.out.printf("load at end %s%n", WholeProcess.load());
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Starts an Xvfb server of 1600 x 1000 on a display number no one uses ({@code -displayfd}: Xvfb tries numbers
     * upwards and prints the one it got) and makes it the bench's {@link #display}. A fixed number was shared by every
     * bench run on the machine: a second run's app and xdotool went to the first run's server, and the first run's
     * end took the display away from the second's app, which then ended with nothing printed.
     */
    static Process xvfb(Path home) throws Exception {
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24")
                .redirectError(home.resolve("xvfb.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null) {
            throw new IllegalStateException("Xvfb did not start: " + Files.readString(home.resolve("xvfb.log")));
        }
        display = ":" + number.trim();
        return xvfb;
    }

    /**
     * A fresh copy in {@code home} of the sample with 100,000 responsibility areas, made there or kept at
     * {@code -Dbench.window.stress=PATH} (made there once) for runs in a row. A copy for every app: an app the bench
     * ended leaves its project "not closed normally", and the next app opening it would first show that notice.
     */
    static Path stressProject(Path home) throws java.io.IOException {
        String kept = System.getProperty("bench.window.stress");
        Path master = kept == null ? home.resolve("stress-master.gpkg") : Path.of(kept);
        if (!Files.exists(master)) {
            ProjectFiles.createFromSample(Path.of("maps", "yanhu-sample.gpkg"), master,
                    List.of(PlanningPolygons.layer(100_000))).close();
        }
        Path copy = home.resolve("stress.gpkg");
        try (var stale = Files.list(home)) {
            for (Path file : stale.filter(f -> f.getFileName().toString().startsWith("stress.gpkg")).toList()) {
                Files.delete(file);
            }
        }
        return Files.copy(master, copy);
    }

    /**
     * Starts the app on the bench's display with its user folder {@code home}, on {@code project} (null: the sample)
     * with the JIT setting {@code compiler}; its trace lines go to {@code lines} as they come, its other standard
     * error lines to {@code exit}.
     */
    static Process startApp(Path home, Path project, String compiler, List<String> lines, AppExit exit)
            throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx2g", compiler, "-Drectimap.trace.frames=true", "-Drectimap.home=" + home, "-cp",
                System.getProperty("java.class.path")));
        // JVM options for the app only, e.g. a flight recording: -Dbench.appJavaOptions="-XX:StartFlightRecording=…";
        // after the compiler setting, which -XX:TieredStopAtLevel=4 there overrides (the last one counts).
        String options = System.getProperty("bench.appJavaOptions", "").trim();
        if (!options.isEmpty()) {
            command.addAll(3, List.of(options.split("\\s+")));
        }
        command.addAll(3, AppExit.jvmOptions(home));
        command.add("rectimap.app.Launcher");
        if (project != null) {
            command.add(project.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process app = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("rectimap-frame ")) {
                        lines.add(line);
                    } else {
                        exit.stderr(line);
                    }
                }
            } catch (java.io.IOException e) {
                // The app ended; what was read stays.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return app;
    }

    private static void measure(String label, Path home, Path project, long settleMs) throws Exception {
        AppExit exit = new AppExit(home);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Process app = startApp(home, project, LAUNCHER_COMPILER, lines, exit);
        try {
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (new ArrayList<>(lines).stream().noneMatch(l -> l.contains(" shown ")) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(settleMs);
            awaitIdle(lines, app);
            if (!app.isAlive()) {
                // Seen once on the 100,000-area project with nothing printed: say how it ended rather than fail later.
                app.waitFor();
                System.out.printf("%s: not measured, %s%n", label, exit.describe(app));
                return;
            }
            String window = xdotool("search", "--onlyvisible", "--name", "城乡|Rectimap").trim().split("\n")[0];
            Map<String, Integer> geometry = geometry(window);
            int x = geometry.get("X") + geometry.get("WIDTH") / 2;
            int y = geometry.get("Y") + geometry.get("HEIGHT") / 2;
            xdotool("mousemove", String.valueOf(x), String.valueOf(y));
            Thread.sleep(300);
            Map<String, Long> cpuBefore = ThreadCpu.of(app.pid());
            long xvfbBefore = cpuTicks(xvfbPid());
            int linesBefore = lines.size();
            double[] wheel = new double[ROUNDS];
            double[] pan = new double[ROUNDS];
            double[] busy = new double[2 * ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                int from = lines.size();
                long began = System.nanoTime();
                xdotool("click", "--repeat", "3", "--delay", "40", round % 2 == 0 ? "4" : "5");
                long sent = System.nanoTime();
                lines.add("rectimap-frame sent wheel " + began + " " + sent);
                Thread.sleep(settleMs);
                wheel[round] = crispAfter(lines, from, sent);
                busy[2 * round] = longestBusy(lines, from, began, sent + (long) (wheel[round] * 1e6));
                from = lines.size();
                began = System.nanoTime();
                xdotool("mousedown", "1");
                for (int step = 0; step < 8; step++) {
                    xdotool("mousemove_relative", "--", round % 2 == 0 ? "12" : "-12", "6");
                    Thread.sleep(16);
                }
                xdotool("mouseup", "1");
                sent = System.nanoTime();
                lines.add("rectimap-frame sent pan " + began + " " + sent);
                Thread.sleep(settleMs);
                pan[round] = crispAfter(lines, from, sent);
                busy[2 * round + 1] = longestBusy(lines, from, began, sent + (long) (pan[round] * 1e6));
                xdotool("mousemove", String.valueOf(x), String.valueOf(y));
            }
            if (!app.isAlive()) {
                app.waitFor();
                System.out.printf("%s: during the gestures %s%n", label, exit.describe(app));
            }
            long fxPaints = new ArrayList<>(lines).stream().filter(l -> l.startsWith("rectimap-frame paint ")
                    && l.endsWith(" JavaFX Application Thread")).count();
            System.out.printf("%s: last wheel notch -> crisp frame shown median %.0f ms, p95 %.0f ms; end of pan ->"
                    + " crisp frame median %.0f ms, p95 %.0f ms; longest FX-thread task during a gesture median"
                    + " %.0f ms, max %.0f ms; frames painted on the FX thread %d  (NaN: not shown within the settle time) [wheel %s, pan %s, busy %s]%n",
                    label, median(shown(wheel)), Percentiles.of(shown(wheel), 95),
                    median(shown(pan)), Percentiles.of(shown(pan), 95), ImportBench.median(busy),
                    max(busy), fxPaints, rounded(wheel),
                    rounded(pan), rounded(busy));
            System.out.printf("  CPU ms during the gestures (%d wheel bursts + %d pans): %s; Xvfb %d%n", ROUNDS, ROUNDS,
                    ThreadCpu.since(cpuBefore, ThreadCpu.of(app.pid())), 10 * (cpuTicks(xvfbPid()) - xvfbBefore));
            List<String> during = new ArrayList<>(lines).subList(linesBefore, lines.size());
            System.out.printf("  longest FX-thread spell: %s%n", longestSpell(during));
            String log = System.getProperty("bench.window.log");   // every trace line, for a closer look
            if (log != null) {
                Files.write(Path.of(log + "-" + app.pid() + ".txt"), new ArrayList<>(lines));
            }
            System.out.printf("  FX-thread stacks most sampled in spells over 16 ms: %s%n", SpellStacks.of(during));
            System.out.printf("  JVM stopped in those spells: %s%n", SpellPauses.of(during, AppExit.gcLog(home,
                    app.pid())));
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /**
     * Waits (at most three minutes, or until the app ends) until, for two seconds, the FX thread had no busy spell,
     * answered the probe in the last 1.5 s, and the app used under a fifth of a core: the start's background work (indexes, side panels, the coverage check of every zone) is over
     * and the gestures measure the map alone. Prints how long that took.
     */
    static void awaitIdle(List<String> lines, Process app) throws Exception {
        awaitIdle(lines, app, 180);
    }

    /** {@link #awaitIdle(List, Process)}, waiting at most {@code seconds}. */
    static void awaitIdle(List<String> lines, Process app, int seconds) throws Exception {
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline && app.isAlive()) {
            int before = lines.size();
            long cpuBefore = cpuTicks(app.pid());
            Thread.sleep(2000);
            if (!app.isAlive()) {
                break;
            }
            boolean quietCpu = cpuTicks(app.pid()) - cpuBefore < 40;   // ticks of 10 ms: 0.4 s in 2 s
            List<String> window = new ArrayList<>(lines).subList(before, lines.size());
            // The FX thread answered the probe lately: a long task is not still running (a spell is only printed
            // when it ends, and under load a busy FX thread may get too little of a core to show in the CPU test).
            boolean answering = window.stream().anyMatch(l -> l.startsWith("rectimap-frame fx-alive ")
                    && System.nanoTime() - Long.parseLong(l.split(" ")[2]) < 1_500_000_000L);
            if (quietCpu && answering && window.stream().noneMatch(l -> l.contains(" fx-busy "))) {
                break;
            }
        }
        System.out.printf("  (app idle %.0f s after its first frame)%n", (System.nanoTime() - start) / 1e9);
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

    /** User + system CPU of a Linux process in clock ticks ({@code /proc/PID/stat} fields 14 and 15). */
    private static long cpuTicks(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
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

    /** The median, NaN for none (no crisp frame shown within the settle time). */
    static double median(double[] values) {
        return values.length == 0 ? Double.NaN : ImportBench.median(values);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    static Map<String, Integer> geometry(String window) throws Exception {
        Map<String, Integer> values = new java.util.HashMap<>();
        for (String line : xdotool("getwindowgeometry", "--shell", window).split("\n")) {
            String[] kv = line.split("=");
            if (kv.length == 2 && !kv[0].equals("SCREEN")) {
                values.put(kv[0], Integer.parseInt(kv[1].trim()));
            }
        }
        return values;
    }

    static String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
