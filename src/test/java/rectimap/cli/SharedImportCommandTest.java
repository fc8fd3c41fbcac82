package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.TownshipSquares;

/**
 * {@code import --project postgresql://…} of a GBK Shapefile written by ogr2ogr into a planning layer of the shared
 * project: as an office account the features land (read back with psql as another account), as ONE step of that
 * account's in the change log, and the same run again writes nothing twice; a township account whose file holds
 * features outside its township is refused in one sentence naming how many and which records, nothing written;
 * inside its township its import is its own step.
 */
class SharedImportCommandTest {
    static final String LAYER = "responsibility_area";
    static final String OFFICE = "h16imp_office";
    static final String TOWNSHIP = "h16imp_jiezhou";
    @TempDir
    static Path dir;
    static PgCluster cluster;
    static String owner;
    static String database;
    static Path inside;
    static Path mixed;

    @BeforeAll
    static void publishAddAccountsAndWriteShapefiles() throws Exception {
        owner = CliConsole.publishPlannedSample(dir);
        database = PgAddress.parse(owner).database();
        cluster = PgCluster.shared();
        for (String[] account : new String[][] {{OFFICE, "--role", "office"}, {TOWNSHIP, "--township", "解州镇"}}) {
            CliConsole cli = new CliConsole();
            assertThat(cli.run("accounts", "--project", owner, "--add", account[0], account[1], account[2],
                    "--password", "pw-" + account[0])).as(cli.err()).isZero();
            cluster.rememberPassword(account[0], "pw-" + account[0]);
        }
        Point jiezhou = townshipPoint("解州镇");
        Point longju = townshipPoint("龙居镇");
        inside = shapefile("inside", square(jiezhou, 0, "导入甲·解州镇"), square(jiezhou, 0.004, "导入乙·解州镇"));
        mixed = shapefile("mixed", square(jiezhou, -0.004, "导入丙·解州镇"), square(longju, 0, "导入丁·龙居镇"),
                square(longju, 0.004, "导入戊·龙居镇"));
    }

    @Test
    void anOfficeAccountImportsAGbkShapefileAsOneStepOfItsOwnWrittenOnce() throws Exception {
        CliConsole office = new CliConsole();
        assertThat(office.run("import", "--project", url(OFFICE), "--file", inside.toString(), "--append-to", LAYER))
                .as(office.err()).isZero();
        assertThat(office.out()).contains("GBK").contains("导入 2 个要素").contains("已作为一步写入共享项目")
                .contains(OFFICE);
        PgCluster.Result read = cluster.psql(TOWNSHIP, database, "SELECT person FROM campaign." + LAYER
                + " WHERE person LIKE '导入%·解州镇' ORDER BY person");
        assertThat(read.exitCode()).as(read.output()).isZero();
        assertThat(read.output()).contains("导入甲·解州镇", "导入乙·解州镇");
        assertThat(steps("导入 inside.shp%")).containsExactly(OFFICE + " DONE " + LAYER + " +2 ~0 -0");

        CliConsole again = new CliConsole();
        assertThat(again.run("import", "--project", url(OFFICE), "--file", inside.toString(), "--append-to", LAYER))
                .as(again.err()).isZero();
        assertThat(again.out()).contains("未再写入");
        assertThat(count("SELECT count(*) FROM campaign." + LAYER + " WHERE person = '导入甲·解州镇'")).isEqualTo(1);
        assertThat(steps("导入 inside.shp%")).hasSize(1);
    }

    @Test
    void aTownshipAccountImportingFeaturesOutsideItsTownshipIsRefusedAndNothingIsWritten() throws Exception {
        long rows = count("SELECT count(*) FROM campaign." + LAYER);
        long steps = count("SELECT count(*) FROM campaign.rectimap_step");
        CliConsole refused = new CliConsole();
        assertThat(refused.run("import", "--project", url(TOWNSHIP), "--file", mixed.toString(), "--append-to", LAYER))
                .isEqualTo(2);
        assertThat(refused.err()).contains("解州镇").contains("2 个要素（共 3 个）").contains("第 2、3 条记录")
                .contains("什么也没有写入").doesNotContain("Exception");
        assertThat(count("SELECT count(*) FROM campaign." + LAYER)).isEqualTo(rows);
        assertThat(count("SELECT count(*) FROM campaign.rectimap_step")).isEqualTo(steps);

        CliConsole english = new CliConsole();
        assertThat(english.run("import", "--project", url(TOWNSHIP), "--file", mixed.toString(), "--append-to", LAYER,
                "--lang", "en")).isEqualTo(2);
        assertThat(english.err()).contains("2 of the 3 features").contains("record 2, 3");

        Path own = shapefile("own", square(townshipPoint("解州镇"), 0.008, "导入己·解州镇"));
        CliConsole township = new CliConsole();
        assertThat(township.run("import", "--project", url(TOWNSHIP), "--file", own.toString(), "--append-to", LAYER))
                .as(township.err()).isZero();
        assertThat(steps("导入 own.shp%")).containsExactly(TOWNSHIP + " DONE " + LAYER + " +1 ~0 -0");
    }

    private static String url(String user) {
        return cluster.url(user, database) + "?schema=campaign";
    }

    /** "user action summary" of the change log's steps whose name is like {@code name}. */
    private static List<String> steps(String name) throws Exception {
        List<String> steps = new ArrayList<>();
        try (Connection admin = cluster.superuser(database); PreparedStatement query = admin.prepareStatement(
                "SELECT user_name, action, summary FROM campaign.rectimap_step WHERE name LIKE ? ORDER BY applied_at")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return steps;
    }

    private static long count(String sql) throws Exception {
        try (Connection admin = cluster.superuser(database); ResultSet rs = admin.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path shapefile(String name, String... features) throws Exception {
        return TownshipSquares.shapefile(dir, name, features);
    }

    private static Point townshipPoint(String name) {
        return TownshipSquares.township(PgAddress.parse(owner), name);
    }

    /** A square of {@code person} ("导入甲·解州镇": its township after the dot). */
    private static String square(Point centre, double north, String person) {
        return TownshipSquares.square(centre, north, person, person.substring(person.indexOf('·') + 1));
    }
}
