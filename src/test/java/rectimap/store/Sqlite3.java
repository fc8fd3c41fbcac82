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
            // A 10 s busy timeout, as a well-behaved script sets: the app may be committing to the file right then.
            Process shell = new ProcessBuilder("sqlite3", "-cmd", ".timeout 10000", file.toString())
                    .redirectErrorStream(true).start();
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

    /**
     * A writer killed mid-transaction, for real: the shell begins a big write on {@code file} (a small page cache, so
     * changed pages spill into the database file before the commit), reports that it is written but not committed,
     * and is killed with SIGKILL. Leaves the hot rollback journal {@code <file>-journal} beside the file (returned).
     */
    public static Path crashMidTransaction(Path file, String table) {
        Path journal = file.resolveSibling(file.getFileName() + "-journal");
        try {
            Process shell = new ProcessBuilder("sqlite3", file.toString()).redirectErrorStream(true).start();
            try {
                shell.getOutputStream().write(("PRAGMA cache_size = 5; BEGIN; DELETE FROM \"" + table + "\";"
                        + " CREATE TABLE crash_filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        + " WHERE i < 100000) SELECT i, randomblob(100) AS b FROM n;\n.print WRITTEN\n")
                        .getBytes(StandardCharsets.UTF_8));
                shell.getOutputStream().flush();
                var out = new java.io.BufferedReader(new java.io.InputStreamReader(shell.getInputStream(),
                        StandardCharsets.UTF_8));
                for (String line = out.readLine(); !"WRITTEN".equals(line); line = out.readLine()) {
                    if (line == null) {
                        fail("sqlite3 ended before the write was done");
                    }
                }
                if (!java.nio.file.Files.exists(journal)) {
                    fail("no hot journal beside " + file + " while the write is open");
                }
            } finally {
                shell.destroyForcibly();
                shell.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            fail("sqlite3 is needed (Debian package sqlite3): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        return journal;
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
