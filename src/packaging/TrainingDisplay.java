import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** An X display for the window's training run: DISPLAY if set, else an Xvfb of our own (stopped on close). */
record TrainingDisplay(String name, Process xvfb) implements AutoCloseable {
    static TrainingDisplay find(Path training) throws Exception {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new TrainingDisplay(existing, null);
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || !Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            return new TrainingDisplay(null, null);
        }
        for (int n = 70; n < 100; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten",
                    "tcp").redirectErrorStream(true).redirectOutput(training.resolve("xvfb.log").toFile()).start();
            for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                Thread.sleep(100);
            }
            if (xvfb.isAlive()) {
                return new TrainingDisplay(":" + n, xvfb);
            }
        }
        return new TrainingDisplay(null, null);
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
