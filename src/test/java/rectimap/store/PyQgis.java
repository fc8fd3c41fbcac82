package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a PyQGIS script (QGIS 3.22 from Debian's python3-qgis, offscreen) on a file, as the QGIS checks of the tests
 * do: the script is started with a QgsApplication already initialised as {@code app} and the file as
 * {@code sys.argv[1]}. Empty when PyQGIS is not installed here and not under CI (under CI it must run).
 */
public final class PyQgis {
    private PyQgis() {
    }

    /**
     * The output of {@code lines} run on {@code file} (the script is written to {@code scratch/name}); fails when
     * the script fails or takes more than two minutes.
     */
    public static Optional<String> run(Path file, Path scratch, String name, String... lines) throws Exception {
        boolean installed = Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/qgis"));
        if (!installed && System.getenv("CI") == null) {
            return Optional.empty();
        }
        Path script = Files.writeString(scratch.resolve(name), String.join("\n",
                "import sys",
                "from qgis.core import *",
                "app = QgsApplication([], False)",
                "app.initQgis()",
                String.join("\n", lines),
                ""));
        ProcessBuilder builder = new ProcessBuilder(GdalTools.SYSTEM_PYTHON, script.toString(), file.toString())
                .redirectErrorStream(true);
        builder.environment().put("QT_QPA_PLATFORM", "offscreen");
        Process python = builder.start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        return Optional.of(output);
    }
}
