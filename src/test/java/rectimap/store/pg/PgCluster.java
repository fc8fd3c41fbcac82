package rectimap.store.pg;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL 15 + PostGIS 3 cluster for the tests, shared by the whole test JVM: created on first use
 * (initdb as the {@code postgres} OS user when the tests run as root, since initdb refuses root) in a temporary
 * folder, listening on a free port on 127.0.0.1 with its unix socket in that folder, and stopped and deleted by a
 * shutdown hook. Host connections need a password (scram): the superuser's is in a {@code .pgpass} file the driver
 * finds through the {@code org.postgresql.pgpassfile} property, as a user's would be. When the server cannot start,
 * the calling test FAILS under {@code CI} and is skipped with the reason elsewhere.
 */
public final class PgCluster {
    /** Debian's PostgreSQL 15 server programs (package postgresql-15). */
    public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    /** The cluster's superuser. */
    public static final String SUPERUSER = "rectimap_admin";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile PgCluster shared;
    private static volatile String failure;

    private final Path dir;
    private final int port;
    private final Path pgpass;

    private PgCluster(Path dir, int port, Path pgpass) {
        this.dir = dir;
        this.port = port;
        this.pgpass = pgpass;
    }

    /** The JVM's cluster, started on first call; fails (CI) or skips (elsewhere) the caller when it cannot start. */
    public static synchronized PgCluster shared() {
        if (shared == null && failure == null) {
            try {
                shared = create();
                Runtime.getRuntime().addShutdownHook(new Thread(shared::destroy, "pg-cluster-stop"));
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            }
        }
        if (shared == null) {
            String message = "PostgreSQL 15 + PostGIS 3 test cluster cannot start (install postgresql-15 and"
                    + " postgresql-15-postgis-3): " + failure;
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message + " (skipped outside CI)");
        }
        return shared;
    }

    public int port() {
        return port;
    }

    /** The folder of the unix socket (and of the cluster's data). */
    public Path socketDir() {
        return dir;
    }

    /** The .pgpass file holding the superuser's (and test accounts') passwords. */
    public Path pgpassFile() {
        return pgpass;
    }

    /** Adds a {@code .pgpass} line for {@code user} (any database of this cluster). */
    public synchronized void rememberPassword(String user, String password) {
        try {
            Files.writeString(pgpass, "127.0.0.1:" + port + ":*:" + user + ":" + password + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty database with PostGIS, owned by the superuser; its name. */
    public String createDatabase() {
        String name = "t" + DATABASES.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = superuser(name); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION postgis");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** A plain JDBC connection as the superuser (password from the .pgpass file). */
    public Connection superuser(String database) throws SQLException {
        return connect(SUPERUSER, database);
    }

    /** A plain JDBC connection as {@code user} over TCP, its password from the .pgpass file. */
    public Connection connect(String user, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + user);
    }

    /** The {@code postgresql://} project address of {@code database} for {@code user}. */
    public String url(String user, String database) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    /**
     * Runs psql as {@code user} over TCP with the .pgpass file; returns exit code and output (stdout + stderr).
     */
    public Result psql(String user, String database, String sql) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/usr/lib/postgresql/15/bin/psql", "-X", "-q", "-v",
                "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", user, "-d", database,
                "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSFILE", pgpass.toString());
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(2, TimeUnit.MINUTES);
        return new Result(process.exitValue(), output);
    }

    /** A finished program's exit code and output. */
    public record Result(int exitCode, String output) {
    }

    /** Stops the server ({@code mode} immediate = as a crash, fast = cleanly). */
    public void stop(String mode) throws IOException {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", mode, "-w", "stop"));
    }

    /** Starts the stopped server again on the same port. */
    public void start() throws IOException {
        startServer(dir, port);
    }

    private static PgCluster create() throws IOException {
        if (!Files.isExecutable(BIN.resolve("initdb"))) {
            throw new IllegalStateException(BIN.resolve("initdb") + " is missing");
        }
        Path dir = Files.createTempDirectory("rectimap-pg-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String password = UUID.randomUUID().toString();
        Path pwfile = dir.resolve("pw");
        Files.writeString(pwfile, password + "\n");
        chownToPostgres(dir);
        run(List.of(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", SUPERUSER,
                "-E", "UTF8", "--no-locale", "--auth-local=trust", "--auth-host=scram-sha-256",
                "--pwfile=" + pwfile));
        Files.delete(pwfile);
        int port = freePort();
        startServer(dir, port);
        Path pgpass = Files.createTempFile("rectimap-pgpass-", "");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(pgpass, "127.0.0.1:" + port + ":*:" + SUPERUSER + ":" + password + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        return new PgCluster(dir, port, pgpass);
    }

    private static void startServer(Path dir, int port) throws IOException {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
                        + " -c log_line_prefix='%m [%p] %d %u '",
                "start"));
    }

    private void destroy() {
        try {
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } catch (IOException | RuntimeException e) {
            // The folder is removed all the same; a server left running dies with its data folder's removal.
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left in the temporary folder.
        }
        pgpass.toFile().delete();
    }

    /** Runs a server program, as the postgres OS user when this JVM runs as root; fails with its output. */
    private static void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void chownToPostgres(Path dir) throws IOException {
        if (isRoot()) {
            Process p = new ProcessBuilder("chown", "-R", "postgres:postgres", dir.toString()).inheritIO().start();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
