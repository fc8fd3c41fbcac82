package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import rectimap.model.Feature;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.VersionedFeature;

/**
 * {@code merge} of 解州镇's work package edited with GDAL (as QGIS would: no Rectimap journal) while the office edits
 * the server: the package-only change, delete and add land as one named step, the feature both sides changed is a
 * conflict left unapplied, the add outside the township is refused, the server's own change stands; a second merge
 * writes nothing twice; {@code --prefer package} then settles the conflict. A file that is not a package of this
 * project is refused in one sentence.
 */
class MergeCommandTest {
    static final String LAYER = "responsibility_area";
    @TempDir
    static Path dir;
    static String url;
    static String database;

    @BeforeAll
    static void publishTheSample() {
        url = CliConsole.publishPlannedSample(dir);
        database = PgAddress.parse(url).database();
    }

    @Test
    void mergesThreeWayOnceAndLeavesConflictsAndOutsidersUnapplied() throws Exception {
        Path pkg = packageOf("解州镇", "jiezhou.gpkg");
        List<Long> ids = packagedIds(pkg);
        assertThat(ids).as("responsibility areas in 解州镇").hasSizeGreaterThanOrEqualTo(4);
        long changed = ids.get(0);
        long bothChanged = ids.get(1);
        long deleted = ids.get(2);
        long serverOnly = ids.get(3);
        gdalSql(pkg, "UPDATE " + LAYER + " SET person = '王五' WHERE fid = " + changed);
        gdalSql(pkg, "UPDATE " + LAYER + " SET person = '赵六' WHERE fid = " + bothChanged);
        gdalSql(pkg, "DELETE FROM " + LAYER + " WHERE fid = " + deleted);
        serverSql("UPDATE campaign." + LAYER + " SET phone = '0359-1234567' WHERE fid IN (" + bothChanged + ", "
                + serverOnly + ")");
        Point inside = townshipPoint("解州镇");
        Point outside = townshipPoint("龙居镇");
        Path adds = dir.resolve("adds.geojson");
        Files.writeString(adds, "{\"type\":\"FeatureCollection\",\"features\":[" + square(inside, "解州镇新增")
                + "," + square(outside, "越界新增") + "]}");
        GdalTools.ogr2ogr("-append", "-update", "-nln", LAYER, "-nlt", "PROMOTE_TO_MULTI", pkg.toString(),
                adds.toString()).requireSuccess();
        Map<Long, VersionedFeature> before = server();

        CliConsole first = new CliConsole();
        assertThat(first.run("merge", "--project", url, "--package", pkg.toString())).as(first.err()).isEqualTo(3);
        assertThat(first.out()).contains("合并 解州镇 工作包").contains("新增 1 个、修改 1 个、删除 1 个")
                .contains("冲突").contains("第 " + bothChanged + " 号").contains("rectimap_admin")
                .contains("拒绝").contains("范围外");
        Map<Long, VersionedFeature> after = server();
        assertThat(after.get(changed).feature().get("person")).isEqualTo("王五");
        assertThat(after).doesNotContainKey(deleted);
        assertThat(after.get(bothChanged)).isEqualTo(before.get(bothChanged));
        assertThat(after.get(serverOnly)).isEqualTo(before.get(serverOnly));
        assertThat(after.values().stream().map(v -> v.feature().text("person"))).contains("解州镇新增")
                .doesNotContain("越界新增");
        assertThat(after).hasSize(before.size());
        assertThat(count("SELECT count(*) FROM campaign.rectimap_step WHERE name = '合并 解州镇 工作包'")).isEqualTo(1);

        CliConsole again = new CliConsole();
        assertThat(again.run("merge", "--project", url, "--package", pkg.toString(), "--lang", "en")).isEqualTo(3);
        assertThat(again.out()).contains("no change to merge").contains("Conflict").contains("outside");
        assertThat(server()).isEqualTo(after);
        assertThat(count("SELECT count(*) FROM campaign.rectimap_step")).isEqualTo(1);

        CliConsole mine = new CliConsole();
        assertThat(mine.run("merge", "--project", url, "--package", pkg.toString(), "--prefer", "package"))
                .isEqualTo(3);
        assertThat(server().get(bothChanged).feature().get("person")).isEqualTo("赵六");
        CliConsole last = new CliConsole();
        last.run("merge", "--project", url, "--package", pkg.toString());
        assertThat(last.out()).doesNotContain("冲突").contains("拒绝");
    }

    @Test
    void aFileThatIsNoPackageOfThisProjectIsRefusedInOneSentence() throws Exception {
        CliConsole plain = new CliConsole();
        assertThat(plain.run("merge", "--project", url, "--package", dir.resolve("campaign.gpkg").toString()))
                .isEqualTo(2);
        assertThat(plain.err()).contains("不是 Rectimap 工作包").doesNotContain("Exception");

        String otherUrl = CliConsole.publishPlannedSample(Files.createDirectories(dir.resolve("other")));
        CliConsole other = new CliConsole();
        Path foreign = dir.resolve("other").resolve("jiezhou.gpkg");
        assertThat(other.run("package", "--project", otherUrl, "--township", "解州镇", "--out", foreign.toString()))
                .isZero();
        CliConsole refused = new CliConsole();
        assertThat(refused.run("merge", "--project", url, "--package", foreign.toString(), "--lang", "en"))
                .isEqualTo(2);
        assertThat(refused.err()).contains("was not made from this shared project");
    }

    private static Path packageOf(String township, String name) {
        Path out = dir.resolve(name);
        CliConsole console = new CliConsole();
        assertThat(console.run("package", "--project", url, "--township", township, "--out", out.toString()))
                .as(console.err()).isZero();
        return out;
    }

    private static List<Long> packagedIds(Path pkg) {
        try (GeoPackageStore gpkg = GeoPackageStore.open(pkg, AccessMode.READ_ONLY)) {
            return gpkg.load(LAYER).features().stream().map(Feature::id).toList();
        }
    }

    private static void gdalSql(Path pkg, String sql) {
        GdalTools.ogrinfo(pkg.toString(), "-sql", sql).requireSuccess();
    }

    private static void serverSql(String sql) throws Exception {
        try (Connection c = PgCluster.shared().superuser(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = PgCluster.shared().superuser(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Point townshipPoint(String name) throws Exception {
        try (PgFeatureStore store = PgFeatureStore.open(PgAddress.parse(url), null)) {
            return store.load("township").features().stream().filter(f -> f.text("name").equals(name)).findFirst()
                    .orElseThrow().geometry().getInteriorPoint();
        }
    }

    private static Map<Long, VersionedFeature> server() {
        try (PgFeatureStore store = PgFeatureStore.open(PgAddress.parse(url), null)) {
            Map<Long, VersionedFeature> rows = new TreeMap<>();
            store.loadVersioned(LAYER).forEach(v -> rows.put(v.feature().id(), v));
            return rows;
        }
    }

    /** A GeoJSON polygon of about 200 m round {@code centre}, a cadre area of {@code person}. */
    private static String square(Point centre, String person) {
        double x = centre.getX();
        double y = centre.getY();
        double d = 0.001;
        return "{\"type\":\"Feature\",\"properties\":{\"kind\":\"乡镇干部包村\",\"person\":\"" + person + "\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + (x - d) + "," + (y - d) + "],[" + (x + d)
                + "," + (y - d) + "],[" + (x + d) + "," + (y + d) + "],[" + (x - d) + "," + (y + d) + "],["
                + (x - d) + "," + (y - d) + "]]]}}";
    }
}
