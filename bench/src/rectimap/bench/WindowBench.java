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
 * release) was sent to the first frame shown after it, on the monotonic clock both processes share; and the longest
 * paint on the FX thread. On the sample and on the sample with 100,000 responsibility areas. Medians of the rounds.
 * Run: {@code bench/run window} (needs Xvfb and xdotool).
 */
public final class WindowBench {
    private static final int ROUNDS = 8;
    private static final String DISPLAY = ":97";

    private WindowBench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("window-bench");
        Process xvfb = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1600x1000x24").redirectErrorStream(true)
                .redirectOutput(home.resolve("xvfb.log").toFile()).start();
        try {
            Thread.sleep(1000);
            System.out.printf("load at start %s%n", WholeProcess.load());
            measure("sample (689 features)", home, null, 1500);
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
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx2g", "-Drectimap.trace.frames=true", "-Drectimap.home=" + home, "-cp",
                System.getProperty("java.class.path"), "rectimap.app.Launcher"));
        if (project != null) {
            command.add(project.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", DISPLAY);
        Process app = builder.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
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
        try {
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (lines.stream().noneMatch(l -> l.contains(" shown ")) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(settleMs);
            String window = xdotool("search", "--onlyvisible", "--name", "城乡|Rectimap").trim().split("\n")[0];
            Map<String, Integer> geometry = geometry(window);
            int x = geometry.get("X") + geometry.get("WIDTH") / 2;
            int y = geometry.get("Y") + geometry.get("HEIGHT") / 2;
            xdotool("mousemove", String.valueOf(x), String.valueOf(y));
            Thread.sleep(300);
            double[] wheel = new double[ROUNDS];
            double[] pan = new double[ROUNDS];
            double longestPaint = 0;
            int paintsOver16 = 0;
            int paints = 0;
            for (int round = 0; round < ROUNDS; round++) {
                int from = lines.size();
                xdotool("click", "--repeat", "3", "--delay", "40", round % 2 == 0 ? "4" : "5");
                long sent = System.nanoTime();
                Thread.sleep(settleMs);
                wheel[round] = shownAfter(lines, from, sent);
                from = lines.size();
                xdotool("mousedown", "1");
                for (int step = 0; step < 8; step++) {
                    xdotool("mousemove_relative", "--", round % 2 == 0 ? "12" : "-12", "6");
                    Thread.sleep(16);
                }
                xdotool("mouseup", "1");
                sent = System.nanoTime();
                Thread.sleep(settleMs);
                pan[round] = shownAfter(lines, from, sent);
                xdotool("mousemove", String.valueOf(x), String.valueOf(y));
            }
            for (String line : new ArrayList<>(lines)) {
                String[] parts = line.split(" ");
                if (parts[1].equals("paint")) {
                    double ms = (Long.parseLong(parts[3]) - Long.parseLong(parts[2])) / 1e6;
                    longestPaint = Math.max(longestPaint, ms);
                    paintsOver16 += ms > 16 ? 1 : 0;
                    paints++;
                }
            }
            System.out.printf("%s: last wheel notch -> crisp frame shown median %.0f ms (max %.0f); end of pan ->"
                    + " crisp frame median %.0f ms (max %.0f); FX-thread paints %d, longest %.1f ms, %d over 16 ms"
                    + "  [wheel %s, pan %s]%n", label, ImportBench.median(wheel), max(wheel),
                    ImportBench.median(pan), max(pan), paints, longestPaint, paintsOver16, Arrays.toString(wheel),
                    Arrays.toString(pan));
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** Milliseconds from {@code sentNanos} to the first frame shown after it (lines from {@code from} on). */
    private static double shownAfter(List<String> lines, int from, long sentNanos) {
        List<String> copy = new ArrayList<>(lines);
        for (int i = from; i < copy.size(); i++) {
            String[] parts = copy.get(i).split(" ");
            if (parts[1].equals("shown") && Long.parseLong(parts[2]) > sentNanos) {
                return (Long.parseLong(parts[2]) - sentNanos) / 1e6;
            }
        }
        return Double.NaN;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static Map<String, Integer> geometry(String window) throws Exception {
        Map<String, Integer> values = new java.util.HashMap<>();
        for (String line : xdotool("getwindowgeometry", "--shell", window).split("\n")) {
            String[] kv = line.split("=");
            if (kv.length == 2 && !kv[0].equals("SCREEN")) {
                values.put(kv[0], Integer.parseInt(kv[1].trim()));
            }
        }
        return values;
    }

    private static String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", DISPLAY);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
