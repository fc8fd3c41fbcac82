package rectimap.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real GDAL tools (Debian's gdal-bin and python3-gdal) from tests: ogrinfo, ogr2ogr, gdalsrsinfo and
 * GDAL's GeoPackage validator. When GDAL is missing the calling test FAILS if the environment variable CI is set
 * (CI must run these checks) and is otherwise aborted with an assumption message naming what to install.
 * Tools run with LANG=C.UTF-8 so Chinese text passes through unchanged; output is read as UTF-8.
 */
public final class GdalTools {
    /** GDAL's validator, shipped by python3-gdal; run with the system python3, which has the osgeo module. */
    public static final Path VALIDATE_GPKG =
            Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
    /**
     * Debian's python3, the one python3-gdal installs osgeo for; a python3 found first on PATH (pyenv, venv)
     * usually lacks it.
     */
    public static final String SYSTEM_PYTHON = "/usr/bin/python3";
    /** A guard against a hung tool, not a speed requirement: these runs take well under a second. */
    private static final long HANG_GUARD_MINUTES = 5;
    private static final Pattern LAYER = Pattern.compile("(?m)^Layer name: (.+)$");
    private static final Pattern COUNT = Pattern.compile("(?m)^Feature Count: (\\d+)$");

    /** What a finished tool printed (stdout and stderr interleaved) and its exit code. */
    public record Run(List<String> command, int exitCode, String output) {
        /** This run, after checking that it exited 0 (the message shows the command and its output otherwise). */
        public Run requireSuccess() {
            if (exitCode != 0) {
                fail(String.join(" ", command) + " exited " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private GdalTools() {
    }

    /** Fails (CI) or aborts (elsewhere) the calling test unless ogrinfo, ogr2ogr and the validator are usable. */
    public static void requireGdal() {
        String missing = Availability.MISSING;
        if (missing.isEmpty()) {
            return;
        }
        String message = "GDAL interop check needs gdal-bin and python3-gdal: " + missing;
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message + " (skipped outside CI)");
    }

    /** Probed once per JVM: what is missing of GDAL, or "" when all is there. */
    private static final class Availability {
        static final String MISSING = probe();
    }

    private static String probe() {
        String missing = "";
        if (!Files.isRegularFile(VALIDATE_GPKG)) {
            missing = VALIDATE_GPKG + " (python3-gdal) is missing";
        } else if (!works("ogrinfo", "--version")) {
            missing = "ogrinfo (gdal-bin) does not run";
        } else if (!works(SYSTEM_PYTHON, "-c", "import osgeo.ogr")) {
            missing = SYSTEM_PYTHON + " cannot import osgeo (python3-gdal)";
        }
        return missing;
    }

    private static boolean works(String... command) {
        try {
            return run(List.of(command)).exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** {@code ogrinfo args...}. */
    public static Run ogrinfo(String... args) {
        return tool("ogrinfo", args);
    }

    /** {@code ogr2ogr args...}. */
    public static Run ogr2ogr(String... args) {
        return tool("ogr2ogr", args);
    }

    /** {@code gdalsrsinfo args...}. */
    public static Run gdalsrsinfo(String... args) {
        return tool("gdalsrsinfo", args);
    }

    /** The system python3 (which has python3-gdal's osgeo module) with {@code args}, e.g. a script reading a file. */
    public static Run python(String... args) {
        requireGdal();
        List<String> command = new ArrayList<>();
        command.add(SYSTEM_PYTHON);
        command.addAll(List.of(args));
        return run(command);
    }

    /** A raster tool of gdal-bin by name ({@code gdal_translate}, {@code gdaladdo}, {@code gdalinfo}) with args. */
    public static Run gdal(String tool, String... args) {
        return tool(tool, args);
    }

    /** GDAL's GeoPackage validator with {@code -k} (report every error, not just the first). */
    public static Run validateGpkg(Path file) {
        requireGdal();
        return run(List.of(SYSTEM_PYTHON, VALIDATE_GPKG.toString(), "-k", file.toAbsolutePath().toString()));
    }

    /** Layer name → feature count as {@code ogrinfo -al -so} lists them, in its order. */
    public static Map<String, Long> featureCounts(Path gpkg) {
        String output = ogrinfo("-al", "-so", gpkg.toAbsolutePath().toString()).requireSuccess().output();
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher layer = LAYER.matcher(output);
        Matcher count = COUNT.matcher(output);
        while (layer.find()) {
            if (!count.find(layer.end())) {
                fail("no feature count after layer " + layer.group(1) + " in:\n" + output);
            }
            counts.put(layer.group(1).trim(), Long.parseLong(count.group(1)));
        }
        return counts;
    }

    private static Run tool(String name, String... args) {
        requireGdal();
        List<String> command = new ArrayList<>();
        command.add(name);
        command.addAll(List.of(args));
        return run(command);
    }

    private static Run run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("LC_ALL", "C.UTF-8");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish");
            }
            return new Run(List.copyOf(command), process.exitValue(), output.join());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
