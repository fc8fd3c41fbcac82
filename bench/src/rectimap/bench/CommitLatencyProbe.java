package rectimap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What each SQLite durability setting costs per commit on this disk: single-row transactions into a scratch table
 * of a copy of the project, under DELETE/FULL, DELETE/EXTRA (the journal's choice), WAL/FULL and WAL/NORMAL.
 * The commit's fsyncs dominate an edit's latency, so this isolates the price of the setting.
 */
final class CommitLatencyProbe {
    private static final int COMMITS = 200;

    private CommitLatencyProbe() {
    }

    static void run(Path project) throws Exception {
        String[][] modes = {{"DELETE", "FULL"}, {"DELETE", "EXTRA"}, {"WAL", "FULL"}, {"WAL", "NORMAL"}};
        for (String[] mode : modes) {
            Path copy = project.resolveSibling("probe-" + mode[0] + "-" + mode[1] + ".gpkg");
            Files.copy(project, copy);
            double[] ms = commits(copy, mode[0], mode[1]);
            System.out.printf("  commit latency, journal_mode=%s synchronous=%s: p50 %.1f ms, p95 %.1f ms%n",
                    mode[0], mode[1], Percentiles.of(ms, 50), Percentiles.of(ms, 95));
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + suffix));
            }
        }
    }

    private static double[] commits(Path file, String journalMode, String synchronous) throws SQLException {
        double[] ms = new double[COMMITS];
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("PRAGMA journal_mode = " + journalMode);
                sql.execute("PRAGMA synchronous = " + synchronous);
                sql.execute("CREATE TABLE bench_probe (id INTEGER PRIMARY KEY, payload BLOB)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_probe (payload) VALUES (?)")) {
                for (int i = 0; i < COMMITS; i++) {
                    long start = System.nanoTime();
                    insert.setBytes(1, new byte[400]);
                    insert.executeUpdate();
                    connection.commit();
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        return ms;
    }
}
