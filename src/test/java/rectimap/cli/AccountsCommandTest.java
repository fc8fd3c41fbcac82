package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;
import rectimap.store.pg.AccountKind;
import rectimap.store.pg.PgAccounts;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgJournal;
import rectimap.store.pg.PublishedSample;
import rectimap.store.pg.SeenVersions;

/**
 * Accounts are enforced by the database: a township account connecting with plain JDBC or psql edits its own
 * township's planning features and cannot change another township's, nor draw or move one outside; a reviewer
 * records verdicts only; a read-only account reads; Rectimap's own journal says PERMISSION_DENIED for it.
 */
class AccountsCommandTest {
    @TempDir
    static Path dir;
    static PublishedSample sample;
    static PgCluster cluster;
    static long inside;
    static long outside;

    @BeforeAll
    static void addAccounts() throws Exception {
        sample = PublishedSample.create(dir);
        cluster = sample.cluster();
        String owner = sample.address(PgCluster.SUPERUSER).toString();
        for (String[] account : new String[][] {{"jiezhou", "--township", "解州镇"}, {"duban", "--role", "reviewer"},
                {"kan", "--role", "readonly"}}) {
            CliConsole cli = new CliConsole();
            assertThat(cli.run("accounts", "--project", owner, "--add", account[0], account[1], account[2],
                    "--password", "pw-" + account[0])).as(cli.err()).isZero();
            cluster.rememberPassword(account[0], "pw-" + account[0]);
        }
        try (Connection admin = cluster.superuser(sample.database()); Statement s = admin.createStatement()) {
            inside = fid(s, "t.name = '解州镇'");
            outside = fid(s, "t.name <> '解州镇'");
        }
    }

    private static long fid(Statement s, String where) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT c.fid FROM campaign.cleanup_zone c JOIN campaign.township t"
                + " ON ST_Covers(t.geom, ST_PointOnSurface(c.geom)) WHERE " + where + " ORDER BY c.fid LIMIT 1")) {
            assertThat(rs.next()).as(where).isTrue();
            return rs.getLong(1);
        }
    }

    @Test
    void theCommandSaysWhatItDidAndRefusesClearly() {
        String owner = sample.address(PgCluster.SUPERUSER).toString();
        CliConsole again = new CliConsole();
        assertThat(again.run("accounts", "--project", owner, "--add", "jiezhou", "--township", "解州镇",
                "--password", "x")).isEqualTo(2);
        assertThat(again.err()).contains("账户 jiezhou 已存在");
        CliConsole unknown = new CliConsole();
        assertThat(unknown.run("accounts", "--project", owner, "--add", "nowhere", "--township", "不存在镇",
                "--password", "x", "--lang", "en")).isEqualTo(2);
        assertThat(unknown.err()).contains("The township layer has no \"不存在镇\"");
        CliConsole added = new CliConsole();
        assertThat(added.run("accounts", "--project", owner, "--add", "longju", "--township", "龙居镇",
                "--password", "pw")).isZero();
        assertThat(added.out()).contains("已添加乡镇账户 longju").contains("龙居镇");
    }

    /**
     * A write the server breaks off (here a lock another session holds past the login's lock_timeout) is said as a
     * shared project's failure, not a file's, with PostgreSQL's SQLSTATE and reason after the sentence; the same
     * reason is logged; nothing was added.
     */
    @Test
    void aWriteTheDatabaseBreaksOffIsSaidWithItsSqlStateAndReason() throws Exception {
        String owner = sample.address(PgCluster.SUPERUSER).toString();
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger("rectimap.store.pg");
        log.addHandler(handler);
        try (Connection other = cluster.superuser(sample.database()); Statement s = other.createStatement()) {
            s.execute("ALTER ROLE " + PgCluster.SUPERUSER + " IN DATABASE " + sample.database()
                    + " SET lock_timeout = '300ms'");
            other.setAutoCommit(false);
            s.execute("LOCK TABLE campaign.rectimap_account IN ACCESS EXCLUSIVE MODE");
            CliConsole zh = new CliConsole();
            assertThat(zh.run("accounts", "--project", owner, "--add", "blocked", "--township", "解州镇",
                    "--password", "x")).isEqualTo(2);
            assertThat(zh.err()).contains("共享项目", "（数据库：55P03 ", "lock timeout）")
                    .doesNotContain("无法写入文件", "Exception", "PSQL");
            CliConsole en = new CliConsole();
            assertThat(en.run("accounts", "--project", owner, "--add", "blocked", "--role", "readonly",
                    "--password", "x", "--lang", "en")).isEqualTo(2);
            assertThat(en.err()).contains("shared project", "(database: 55P03 ").doesNotContain("file");
            other.rollback();
            other.setAutoCommit(true);
            s.execute("ALTER ROLE " + PgCluster.SUPERUSER + " IN DATABASE " + sample.database() + " RESET lock_timeout");
        } finally {
            log.removeHandler(handler);
        }
        assertThat(logged).extracting(LogRecord::getMessage).anyMatch(m -> m.contains("adding account blocked")
                && m.contains("55P03") && m.contains("lock timeout"));
        assertThat(cluster.psql(PgCluster.SUPERUSER, sample.database(),
                "SELECT count(*) FROM pg_roles WHERE rolname = 'blocked'").output()).contains(" 0");
    }

    /**
     * Two offices adding accounts at once while the server analyzes the project's tables, as autovacuum does soon
     * after a project is published: every account is added, and neither the adds nor ANALYZE meet a deadlock or a
     * catalog row updated concurrently. (Adding an account grants on every table, which updates their catalog rows,
     * and then alters each layer table: two adds raced on those rows, "tuple concurrently updated", and an ANALYZE
     * holding the table an add altered next while it waited for that add's catalog row was a deadlock: the
     * first add of this class failed so in about one whole-suite run in three.)
     */
    @Test
    void accountsAddedAtOnceBesideAnalyzeAreAllAdded() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean adding = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        try {
            Future<?> analyze = threads.submit(() -> {
                try (Connection c = cluster.superuser(sample.database()); Statement s = c.createStatement()) {
                    start.await();
                    while (adding.get()) {
                        try {
                            s.execute("ANALYZE");
                        } catch (SQLException e) {
                            failures.add("ANALYZE: " + e.getSQLState() + " " + e.getMessage());
                        }
                    }
                }
                return null;
            });
            List<Future<?>> offices = new java.util.ArrayList<>();
            for (int office = 0; office < 2; office++) {
                String prefix = "race" + office + "_";
                offices.add(threads.submit(() -> {
                    try (PgFeatureStore store = PgFeatureStore.open(sample.address(PgCluster.SUPERUSER), null)) {
                        start.await();
                        for (int i = 0; i < 4; i++) {
                            try {
                                PgAccounts.add(store, prefix + i, AccountKind.READ_ONLY, null, "pw".toCharArray());
                            } catch (StoreException e) {
                                failures.add(prefix + i + ": " + e.problem() + " " + e.databaseReason());
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> office : offices) {
                office.get(2, TimeUnit.MINUTES);
            }
            adding.set(false);
            analyze.get(2, TimeUnit.MINUTES);
        } finally {
            adding.set(false);
            threads.shutdownNow();
        }
        assertThat(failures).isEmpty();
        try (Connection admin = cluster.superuser(sample.database()); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM campaign.rectimap_account a JOIN pg_roles r"
                        + " ON r.rolname = a.role_name WHERE a.role_name LIKE 'race%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(8);
        }
    }

    @Test
    void aTownshipAccountWithPlainJdbcCannotChangeAnotherTownshipsRows() throws Exception {
        try (Connection jiezhou = cluster.connect("jiezhou", sample.database()); Statement s = jiezhou.createStatement()) {
            assertThat(s.executeUpdate("UPDATE campaign.cleanup_zone SET note = '解州改' WHERE fid = " + inside))
                    .isEqualTo(1);
            assertThat(s.executeUpdate("UPDATE campaign.cleanup_zone SET note = '越界' WHERE fid = " + outside))
                    .isZero();
            assertThat(s.executeUpdate("DELETE FROM campaign.cleanup_zone WHERE fid = " + outside)).isZero();
            assertThatThrownBy(() -> s.executeUpdate("UPDATE campaign.cleanup_zone SET geom = (SELECT geom FROM"
                    + " campaign.cleanup_zone WHERE fid = " + outside + ") WHERE fid = " + inside))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM campaign.township"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM campaign.cleanup_zone")) {
                rs.next();
                assertThat(rs.getInt(1)).as("reads all").isGreaterThan(2);
            }
        }
        try (Connection admin = cluster.superuser(sample.database()); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT note, rectimap_changed_by FROM campaign.cleanup_zone"
                        + " WHERE fid IN (" + inside + ", " + outside + ") ORDER BY fid = " + inside)) {
            rs.next();
            assertThat(rs.getString(1)).isNotEqualTo("越界");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("解州改");
            assertThat(rs.getString(2)).isEqualTo("jiezhou");
        }
    }

    @Test
    void aTownshipAccountWithPsqlCannotEither() throws Exception {
        PgCluster.Result update = cluster.psql("jiezhou", sample.database(),
                "UPDATE campaign.cleanup_zone SET note = 'psql 越界' WHERE fid = " + outside + " RETURNING fid");
        assertThat(update.exitCode()).isZero();
        assertThat(update.output()).contains("(0 rows)");
        PgCluster.Result insert = cluster.psql("jiezhou", sample.database(),
                "INSERT INTO campaign.cleanup_zone (geom, kind, phase, status) SELECT ST_Multi(geom), '垃圾清理',"
                        + " '攻坚行动', '计划' FROM campaign.cleanup_zone WHERE fid = " + outside);
        assertThat(insert.exitCode()).isNotZero();
        assertThat(insert.output()).contains("row-level security");
    }

    @Test
    void reviewersRecordVerdictsOnlyAndReadOnlyReads() throws Exception {
        try (Connection duban = cluster.connect("duban", sample.database()); Statement s = duban.createStatement()) {
            assertThat(s.executeUpdate("INSERT INTO campaign.rectimap_review_verdict (site_key, verdict, reviewer,"
                    + " recorded_at) VALUES ('示范镇:140802100', '通过', 'duban', '2026-12-07T09:00:00Z')"))
                    .isEqualTo(1);
            assertThatThrownBy(() -> s.executeUpdate("UPDATE campaign.cleanup_zone SET note = 'x'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        try (Connection kan = cluster.connect("kan", sample.database()); Statement s = kan.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM campaign.village")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThan(300);
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE campaign.village SET name = 'x'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void rectimapSaysPermissionDeniedAndLogsWhoDidWhat() throws Exception {
        cluster.rememberPassword("jiezhou", "pw-jiezhou");
        try (PgFeatureStore store = PgFeatureStore.open(sample.address("jiezhou"), null)) {
            SeenVersions seen = new SeenVersions();
            seen.sawAll("cleanup_zone", store.loadVersioned("cleanup_zone"));
            PgJournal journal = new PgJournal(store, seen);
            Feature theirs = store.loadIds("cleanup_zone", outside).get(0).feature();
            assertThatThrownBy(() -> journal.recordDone(note(theirs, "越界")).join()).cause()
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreProblem.PERMISSION_DENIED));
            Feature mine = store.loadIds("cleanup_zone", inside).get(0).feature();
            journal.recordDone(note(mine, "解州镇自己的")).join();
            journal.close();
        }
        PgCluster.Result log = cluster.psql(PgCluster.SUPERUSER, sample.database(),
                "SELECT user_name, action, name, summary FROM campaign.rectimap_step ORDER BY applied_at");
        assertThat(log.output()).containsPattern("jiezhou +\\| DONE +\\| 改备注 \\| cleanup_zone \\+0 ~1 -0");
    }

    private static ChangeSet note(Feature f, String note) {
        Map<String, Object> values = new LinkedHashMap<>(f.attributes());
        values.put("note", note);
        return new ChangeSet("改备注", List.of(FeatureChange.replaced("cleanup_zone", f,
                new Feature(f.id(), f.geometry(), values))));
    }
}
