package rectimap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from launch to the first painted map of the sample: starts the real desktop app in a fresh JVM (headless
 * Monocle, or the X display when {@code DISPLAY} is set and {@code -Dbench.display=x}), which prints
 * {@code first-frame-ms} once the sample's first frame is painted, then exits. Prints the median of five runs.
 */
public final class StartupBench {
    private static final int RUNS = 5;

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean onX = "x".equals(System.getProperty("bench.display")) && System.getenv("DISPLAY") != null;
        List<Long> firstFrame = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            firstFrame.add(launchOnce(onX));
            wall.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(firstFrame);
        Collections.sort(wall);
        System.out.printf("startup  launch → first painted map of the sample (%s, %d runs): median %d ms "
                        + "(min %d, max %d) from JVM start; process wall time median %d ms%n",
                onX ? "X display" : "headless Monocle", RUNS, firstFrame.get(RUNS / 2), firstFrame.get(0),
                firstFrame.get(RUNS - 1), wall.get(RUNS / 2));
    }

    private static long launchOnce(boolean onX) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                WindowBench.LAUNCHER_COMPILER, "-cp", System.getProperty("java.class.path"),
                "-Drectimap.bench.firstFrame=true"));
        if (!onX) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1920x1200-32"));
        }
        command.add("rectimap.app.Launcher");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long result = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("first-frame-ms=")) {
                    result = Long.parseLong(line.substring("first-frame-ms=".length()));
                }
            }
        }
        process.waitFor();
        if (result < 0) {
            throw new IllegalStateException("the app did not report its first frame:\n" + output);
        }
        return result;
    }
}
