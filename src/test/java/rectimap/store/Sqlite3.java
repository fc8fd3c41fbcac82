package rectimap.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sqlite3 command-line shell (Debian's {@code sqlite3}, installed by {@code .ci/run}) as another program touching a
 * project file: tests use it to damage files the way a user's tools would, never through our own store.
 */
public final class Sqlite3 {
    /** A guard against a hung shell, not a speed requirement. */
    private static final long HANG_GUARD_SECONDS = 120;

    private Sqlite3() {
    }

    /** Runs {@code sql} on {@code file}; returns what the shell printed, and fails the test unless it exited 0. */
    public static String run(Path file, String sql) {
        try {
            Process shell = new ProcessBuilder("sqlite3", file.toString()).redirectErrorStream(true).start();
            shell.getOutputStream().write(sql.getBytes(StandardCharsets.UTF_8));
            shell.getOutputStream().close();
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!shell.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
                shell.destroyForcibly();
                fail("sqlite3 hung on " + sql);
            }
            if (shell.exitValue() != 0 || output.contains("Error")) {
                fail("sqlite3 " + file + " '" + sql + "' exited " + shell.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            return fail("sqlite3 is needed (Debian package sqlite3): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** The single value {@code query} returns, as printed by the shell. */
    public static String value(Path file, String query) {
        return run(file, query).strip();
    }

    /** The lines {@code query} prints. */
    public static List<String> lines(Path file, String query) {
        return run(file, query).lines().toList();
    }
}
