package rectimap.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Another program holding the project file: the sqlite3 command-line shell in a transaction, as QGIS or ogrinfo
 * hold a read while drawing a big layer. Started with the transaction open and its lock taken; {@link #release()}
 * (or close) commits and quits.
 */
public final class SqliteHold implements AutoCloseable {
    private final Process shell;
    private final Writer input;

    private SqliteHold(Process shell) {
        this.shell = shell;
        this.input = new java.io.OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** A read transaction (SHARED lock): a writer can prepare but not commit until it ends. */
    public static SqliteHold reading(Path file) throws IOException {
        return start(file, "BEGIN;\nSELECT count(*) FROM gpkg_contents;\n");
    }

    /** A write transaction (RESERVED lock): no other writer can begin until it ends. */
    public static SqliteHold writing(Path file) throws IOException {
        return start(file, "BEGIN IMMEDIATE;\nSELECT count(*) FROM gpkg_contents;\n");
    }

    private static SqliteHold start(Path file, String statements) throws IOException {
        Process shell = new ProcessBuilder("sqlite3", file.toString()).redirectErrorStream(true).start();
        SqliteHold hold = new SqliteHold(shell);
        hold.input.write(statements);
        hold.input.flush();
        String answer = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (answer == null || !answer.matches("\\d+")) {
            shell.destroyForcibly();
            throw new IllegalStateException("sqlite3 could not take the lock on " + file + ": " + answer);
        }
        return hold;
    }

    /** Ends the transaction and the shell. */
    public void release() throws IOException, InterruptedException {
        if (!shell.isAlive()) {
            return;
        }
        input.write("COMMIT;\n.quit\n");
        input.close();
        if (!shell.waitFor(30, TimeUnit.SECONDS)) {
            shell.destroyForcibly();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        release();
    }
}
