package rectimap.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real X server for a test: Xvfb on the first free display from :80 (its socket and lock absent), 1600x1000x24,
 * stopped on close. Under CI=true a missing Xvfb fails the test (it is in .ci/run's packages); elsewhere it throws too,
 * since the caller already required root and dpkg.
 */
record XDisplay(String name, Process server) implements AutoCloseable {

    static XDisplay start(Path scratch) throws IOException, InterruptedException {
        for (int n = 80; n < 120; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process server = new ProcessBuilder("/usr/bin/Xvfb", ":" + n, "-screen", "0", "1600x1000x24", "-nolisten",
                    "tcp").redirectErrorStream(true).redirectOutput(scratch.resolve("xvfb-" + n + ".log").toFile())
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (server.isAlive()) {
                return new XDisplay(":" + n, server);
            }
        }
        throw new IllegalStateException("no free X display for Xvfb between :80 and :119");
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
    }
}
