package rectimap.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The real window of the real-window benches: an Xvfb display, the app started on it with
 * {@code -Drectimap.trace.frames=true} (its trace lines, {@code rectimap-frame …}, collected as they come; see
 * {@code ui.map.FrameTrace}) and {@code xdotool} (Debian package xdotool) to drive it as a user does. The app runs
 * as {@link #LAUNCHER_COMPILER} says, the installed window's JIT setting; {@code -Dbench.appJavaOptions} adds JVM
 * options (after it, so {@code -XX:TieredStopAtLevel=4} there overrides it). Closing ends the app.
 */
final class TracedWindow implements AutoCloseable {
    /** The installed window's JIT setting (BuildDist's launcher options); -Dbench.appJavaOptions may override it. */
    static final String LAUNCHER_COMPILER = "-XX:TieredStopAtLevel=1";

    private final String display;
    private final Process app;
    /** Every trace line so far; synchronized: the reader thread adds while the bench reads (copy before walking). */
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private TracedWindow(String display, Process app) {
        this.display = display;
        this.app = app;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("rectimap-frame ")) {
                        lines.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // The app ended; what was read stays.
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts an Xvfb server of 1600 x 1000 on {@code display}, its output to {@code home}/xvfb.log. */
    static Process xvfb(String display, Path home) throws Exception {
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1000x24").redirectErrorStream(true)
                .redirectOutput(home.resolve("xvfb.log").toFile()).start();
        Thread.sleep(1000);
        return xvfb;
    }

    /**
     * Starts the app on {@code display} with its user folder {@code home}, opening {@code project} (null: the sample),
     * with {@code appOptions} (JVM options, e.g. {@code -Drectimap.trace.probeMs=0}), and waits (at most three
     * minutes) for its first map frame on screen.
     */
    static TracedWindow start(String display, Path home, Path project, String... appOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx2g", LAUNCHER_COMPILER, "-Drectimap.trace.frames=true", "-Drectimap.home=" + home));
        command.addAll(List.of(appOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        // JVM options for the app only, e.g. a flight recording: -Dbench.appJavaOptions="-XX:StartFlightRecording=…";
        // after the compiler setting, which -XX:TieredStopAtLevel=4 there overrides (the last one counts).
        String options = System.getProperty("bench.appJavaOptions", "").trim();
        if (!options.isEmpty()) {
            command.addAll(3, List.of(options.split("\\s+")));
        }
        command.add("rectimap.app.Launcher");
        if (project != null) {
            command.add(project.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        TracedWindow window = new TracedWindow(display, builder.start());
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (window.copy().stream().noneMatch(l -> l.contains(" shown ")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return window;
    }

    /** The live list of trace lines (the bench may add its own marks). */
    List<String> lines() {
        return lines;
    }

    /** A copy of the trace lines read so far. */
    List<String> copy() {
        return new ArrayList<>(lines);
    }

    long pid() {
        return app.pid();
    }

    /** The app's main window: its id and geometry (X, Y, WIDTH, HEIGHT in screen pixels). */
    Map<String, Integer> geometry() throws Exception {
        String window = xdotool("search", "--onlyvisible", "--name", "城乡|Rectimap").trim().split("\n")[0];
        Map<String, Integer> values = new java.util.HashMap<>();
        for (String line : xdotool("getwindowgeometry", "--shell", window).split("\n")) {
            String[] kv = line.split("=");
            if (kv.length == 2 && !kv[0].equals("SCREEN")) {
                values.put(kv[0], Integer.parseInt(kv[1].trim()));
            }
        }
        return values;
    }

    /** Runs {@code xdotool ARGS…} on this display; what it printed. */
    String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /**
     * Waits (at most three minutes) until, for two seconds, the FX thread had no busy spell and the app used under a
     * fifth of a core: the start's background work (indexes, side panels, the coverage check of every zone) is over
     * and what follows measures the gesture alone. Prints how long that took.
     */
    void awaitIdle() throws Exception {
        long start = System.nanoTime();
        long deadline = start + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            int before = lines.size();
            long cpuBefore = cpuTicks(app.pid());
            Thread.sleep(2000);
            boolean quietCpu = cpuTicks(app.pid()) - cpuBefore < 40;   // ticks of 10 ms: 0.4 s in 2 s
            List<String> now = copy();
            if (quietCpu && now.subList(before, now.size()).stream()
                    .noneMatch(l -> l.contains(" fx-busy "))) {
                break;
            }
        }
        System.out.printf("  (app idle %.0f s after its first frame)%n", (System.nanoTime() - start) / 1e9);
    }

    /** User + system CPU of a Linux process in clock ticks ({@code /proc/PID/stat} fields 14 and 15). */
    static long cpuTicks(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    @Override
    public void close() throws InterruptedException {
        app.destroy();
        app.waitFor();
    }
}
