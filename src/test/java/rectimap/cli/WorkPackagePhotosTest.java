package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import rectimap.media.TestPhotos;
import rectimap.store.GdalTools;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PgFeatureStore;

/**
 * Photos travel with township work packages, on the real throwaway cluster: {@code package} writes only 解州镇's
 * photos, with their pictures, in the Related Tables layout GDAL reads (validator, relationships) and Rectimap's
 * {@code identify} shows offline; {@code merge} brings back a photo attached offline by Rectimap's own
 * {@code photos} command and one added with sqlite3 as a QGIS user would (media row and mapping row by hand), and
 * the removal of a packaged photo's link and point, in the merge's one step, read back with psql; merging again
 * writes nothing; a photo attached to another township's case refuses the whole merge, naming it, and nothing is
 * written. JPEGs made here, EXIF by exiftool, edits by the sqlite3 and GDAL programs.
 */
class WorkPackagePhotosTest {
    @TempDir
    static Path dir;
    static String url;
    static String database;
    /** Cases as fid, lon, lat, registered: two of 解州镇 and one of another township. */
    static Object[] jiezhou0;
    static Object[] jiezhou1;
    static Object[] other;

    @BeforeAll
    static void publishWithPhotosInTwoTownships() throws Exception {
        url = CliConsole.publishPlannedSample(dir);
        database = PgAddress.parse(url).database();
        try (Connection admin = PgCluster.shared().superuser(database); Statement s = admin.createStatement()) {
            List<Object[]> mine = cases(s, "t.name = '解州镇'", 2);
            jiezhou0 = mine.get(0);
            jiezhou1 = mine.get(1);
            other = cases(s, "t.name <> '解州镇'", 1).get(0);
        }
        Path server = Files.createDirectories(dir.resolve("server-photos"));
        photoBeside(server, "jz-keep", jiezhou0, 1, 0.00003);
        photoBeside(server, "jz-drop", jiezhou0, 2, -0.00003);
        photoBeside(server, "other-server", other, 3, 0.00003);
        CliConsole photos = new CliConsole();
        assertThat(photos.run("photos", "--project", url, "--import", server.toString())).as(photos.err()).isZero();
        assertThat(photos.out()).contains("已导入 3 张照片：3 张关联到要素");
    }

    @Test
    void thePackageCarriesOnlyTheTownshipsPhotosWithTheirPicturesAsGdalReadsThem() throws Exception {
        Path pkg = packageOf("only-mine.gpkg");
        assertThat(sqlite(pkg, "SELECT count(*) FROM photo WHERE file_name = 'other-server.jpg'"))
                .as("another township's 照片 point").isEqualTo("0");
        assertThat(sqlite(pkg, "SELECT group_concat(file_name) FROM (SELECT file_name FROM gpkgext_rectimap_photos"
                + " WHERE length(data) > 1000 AND length(thumbnail) > 100 AND content_type = 'image/jpeg'"
                + " ORDER BY file_name)")).contains("jz-keep.jpg").doesNotContain("other-server.jpg");
        assertThat(sqlite(pkg, "SELECT count(*) FROM gpkgext_rectimap_photos p WHERE NOT EXISTS (SELECT 1 FROM"
                + " gpkgext_rectimap_photos_of_supervision_case m WHERE m.related_id = p.id)"))
                .as("every packaged picture belongs to a packaged case").isEqualTo("0");
        assertThat(sqlite(pkg, "SELECT count(*) FROM gpkgext_rectimap_photos_of_supervision_case m WHERE NOT EXISTS"
                + " (SELECT 1 FROM supervision_case c WHERE c.fid = m.base_id)")).isEqualTo("0");
        assertThat(sqlite(pkg, "SELECT group_concat(file_name) FROM photo")).contains("jz-keep.jpg")
                .doesNotContain("other-server.jpg");
        assertThat(sqlite(pkg, "SELECT count(*) FROM rectimap_package_base WHERE table_name = 'photo'"))
                .isEqualTo(sqlite(pkg, "SELECT count(*) FROM photo"));

        GdalTools.validateGpkg(pkg).requireSuccess();
        String relations = GdalTools.python("-c", "from osgeo import gdal\n"
                + "ds = gdal.OpenEx('" + pkg + "', gdal.OF_VECTOR)\n"
                + "for name in ds.GetRelationshipNames():\n"
                + "    r = ds.GetRelationship(name)\n"
                + "    print(r.GetLeftTableName(), r.GetRightTableName(), r.GetMappingTableName(),"
                + " r.GetRelatedTableType())\n").requireSuccess().output();
        assertThat(relations).contains("supervision_case gpkgext_rectimap_photos"
                + " gpkgext_rectimap_photos_of_supervision_case media");
        assertThat(GdalTools.ogrinfo("-ro", "-sql", "SELECT base_table_name, relation_name FROM gpkgext_relations",
                pkg.toString()).requireSuccess().output()).contains("base_table_name (String) = supervision_case");

        CliConsole identify = new CliConsole();
        assertThat(identify.run("identify", "--project", pkg.toString(), "--at", jiezhou0[1] + "," + jiezhou0[2]))
                .as(identify.err()).isZero();
        assertThat(identify.out()).contains("jz-keep.jpg");
    }

    @Test
    void photosAttachedOfflineArriveOnTheServerOnceAndRemovedOnesLeaveIt() throws Exception {
        Path pkg = packageOf("offline.gpkg");
        Path phone = Files.createDirectories(dir.resolve("phone"));
        photoBeside(phone, "offline", jiezhou1, 4, 0.00003);
        CliConsole offline = new CliConsole();
        assertThat(offline.run("photos", "--project", pkg.toString(), "--import", phone.toString()))
                .as(offline.err()).isZero();
        Path qgis = TestPhotos.jpeg(dir.resolve("qgis.jpg"), 900, 600, 5);
        sqlite(pkg, "INSERT INTO gpkgext_rectimap_photos (data, content_type, file_name, sha256, added_at)"
                + " VALUES (readfile('" + qgis + "'), 'image/jpeg', 'qgis.jpg', '-', '2026-12-07T10:00:00Z');"
                + " INSERT INTO gpkgext_rectimap_photos_of_supervision_case (base_id, related_id)"
                + " VALUES (" + jiezhou1[0] + ", last_insert_rowid());"
                + " DELETE FROM gpkgext_rectimap_photos_of_supervision_case WHERE related_id ="
                + " (SELECT id FROM gpkgext_rectimap_photos WHERE file_name = 'jz-drop.jpg');");
        GdalTools.ogrinfo(pkg.toString(), "-sql", "DELETE FROM photo WHERE file_name = 'jz-drop.jpg'")
                .requireSuccess();
        long steps = count("rectimap_step");

        CliConsole merge = new CliConsole();
        assertThat(merge.run("merge", "--project", url, "--package", pkg.toString())).as(merge.err() + merge.out())
                .isZero();
        assertThat(merge.out()).contains("合并 解州镇 工作包").contains("新存入图片 2 张").contains("新增关联 2 条")
                .contains("取消关联 1 条").contains("照片点新增 1 个、删除 1 个");
        assertThat(psql("SELECT string_agg(p.file_name || '@' || m.base_id || ':' || (length(p.thumbnail) > 100)"
                + " || ':' || p.width, ',' ORDER BY p.file_name) FROM campaign.rectimap_photos p"
                + " JOIN campaign.rectimap_photos_of_supervision_case m ON m.related_id = p.id"
                + " WHERE p.file_name IN ('offline.jpg', 'qgis.jpg', 'jz-drop.jpg')"))
                .contains("offline.jpg@" + jiezhou1[0] + ":true:").contains("qgis.jpg@" + jiezhou1[0] + ":true:900")
                .doesNotContain("jz-drop.jpg@");
        assertThat(psql("SELECT string_agg(p.file_name || '>' || p.linked_fid || '/' || (m.base_id IS NOT NULL),"
                + " ',') FROM campaign.photo p LEFT JOIN campaign.rectimap_photos_of_photo m ON m.base_id = p.fid"
                + " AND m.related_id = p.media_id WHERE p.file_name IN ('offline.jpg', 'jz-drop.jpg')"))
                .contains("offline.jpg>" + jiezhou1[0] + "/true").doesNotContain("jz-drop");
        assertThat(count("rectimap_step")).isEqualTo(steps + 1);
        CliConsole identify = new CliConsole();
        assertThat(identify.run("identify", "--project", url, "--at", jiezhou1[1] + "," + jiezhou1[2]))
                .as(identify.err()).isZero();
        assertThat(identify.out()).contains("offline.jpg").contains("qgis.jpg");

        String after = counts();
        CliConsole again = new CliConsole();
        assertThat(again.run("merge", "--project", url, "--package", pkg.toString())).as(again.err()).isZero();
        assertThat(again.out()).contains("没有需要合并的修改");
        assertThat(counts()).isEqualTo(after);
        assertThat(count("rectimap_step")).isEqualTo(steps + 1);
    }

    @Test
    void aCaseAddedOfflineArrivesWithItsPhotoLinkedToItsServerId() throws Exception {
        Path pkg = packageOf("new-case.gpkg");
        Point at;
        try (PgFeatureStore store = PgFeatureStore.open(PgAddress.parse(url), null)) {
            at = store.load("township").features().stream().filter(f -> f.text("name").equals("解州镇")).findFirst()
                    .orElseThrow().geometry().getInteriorPoint();
        }
        Path found = Files.writeString(dir.resolve("found.geojson"), "{\"type\":\"FeatureCollection\",\"features\":"
                + "[{\"type\":\"Feature\",\"properties\":{\"source\":\"巡查发现\",\"description\":\"离线新增\","
                + "\"location\":\"解州镇离线新增点\",\"township\":\"解州镇\",\"status\":\"整改中\","
                + "\"registered\":\"2026-11-01\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + at.getX()
                + "," + at.getY() + "]}}]}");
        GdalTools.ogr2ogr("-append", "-update", "-nln", "supervision_case", pkg.toString(), found.toString())
                .requireSuccess();
        Path phone = Files.createDirectories(dir.resolve("phone-new-case"));
        photoBeside(phone, "new-case", new Object[] {0L, at.getX(), at.getY(), LocalDate.of(2026, 11, 1)}, 8,
                0.00002);
        CliConsole offline = new CliConsole();
        assertThat(offline.run("photos", "--project", pkg.toString(), "--import", phone.toString()))
                .as(offline.err()).isZero();
        assertThat(offline.out()).contains("1 张关联到要素");

        CliConsole merge = new CliConsole();
        assertThat(merge.run("merge", "--project", url, "--package", pkg.toString())).as(merge.err() + merge.out())
                .isZero();
        String serverFid = psql("SELECT 'fid=' || fid FROM campaign.supervision_case WHERE description = '离线新增'");
        String fid = serverFid.substring(serverFid.indexOf("fid=") + 4).split("\\s")[0];
        assertThat(psql("SELECT 'link=' || m.base_id || ' point=' || p.linked_fid FROM campaign.rectimap_photos r"
                + " JOIN campaign.rectimap_photos_of_supervision_case m ON m.related_id = r.id"
                + " JOIN campaign.photo p ON p.media_id = r.id WHERE r.file_name = 'new-case.jpg'"))
                .contains("link=" + fid + " point=" + fid);
    }

    @Test
    void aPhotoAttachedToAnotherTownshipsCaseRefusesTheMergeAndNothingIsWritten() throws Exception {
        Path pkg = packageOf("elsewhere.gpkg");
        Path picture = TestPhotos.jpeg(dir.resolve("elsewhere.jpg"), 640, 480, 6);
        sqlite(pkg, "INSERT INTO gpkgext_rectimap_photos (data, content_type, file_name, sha256, added_at)"
                + " VALUES (readfile('" + picture + "'), 'image/jpeg', 'elsewhere.jpg', '-', '2026-12-07T11:00:00Z');"
                + " INSERT INTO gpkgext_rectimap_photos_of_supervision_case (base_id, related_id)"
                + " VALUES (" + other[0] + ", last_insert_rowid());");
        GdalTools.ogrinfo(pkg.toString(), "-sql", "UPDATE supervision_case SET note = '离线改过' WHERE fid = "
                + jiezhou0[0]).requireSuccess();
        String before = counts() + " " + psql("SELECT note FROM campaign.supervision_case WHERE fid = " + jiezhou0[0]);

        CliConsole merge = new CliConsole();
        assertThat(merge.run("merge", "--project", url, "--package", pkg.toString())).isEqualTo(2);
        assertThat(merge.err()).contains("elsewhere.jpg").contains("第 " + other[0] + " 号").contains("解州镇")
                .contains("共享项目未作任何修改").doesNotContain("Exception");
        assertThat(counts() + " " + psql("SELECT note FROM campaign.supervision_case WHERE fid = " + jiezhou0[0]))
                .isEqualTo(before);
        CliConsole english = new CliConsole();
        assertThat(english.run("merge", "--project", url, "--package", pkg.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(english.err()).contains("elsewhere.jpg").contains("are not 解州镇's");
    }

    private static Path packageOf(String name) {
        Path out = dir.resolve(name);
        CliConsole console = new CliConsole();
        assertThat(console.run("package", "--project", url, "--township", "解州镇", "--out", out.toString()))
                .as(console.err()).isZero();
        return out;
    }

    private static List<Object[]> cases(Statement s, String where, int n) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT c.fid, ST_X(c.geom), ST_Y(c.geom), c.registered FROM"
                + " campaign.supervision_case c JOIN campaign.township t ON ST_Covers(t.geom, c.geom) WHERE " + where
                + " ORDER BY c.fid LIMIT " + n)) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getObject(4, LocalDate.class)});
            }
        }
        assertThat(rows).as(where).hasSize(n);
        return rows;
    }

    /** A photo {@code name}.jpg in {@code folder}, taken {@code dx}° east of {@code at} three days after it was registered. */
    private static void photoBeside(Path folder, String name, Object[] at, int seed, double dx) throws Exception {
        Path photo = TestPhotos.jpeg(folder.resolve(name + ".jpg"), 800, 600, seed);
        LocalDate after = ((LocalDate) at[3]).plusDays(3);
        TestPhotos.geotag(photo, (double) at[1] + dx, (double) at[2], after.toString().replace('-', ':')
                + " 09:15:00", 90);
    }

    /** Runs {@code sql} with the sqlite3 program on {@code file}; its output, trimmed. */
    private static String sqlite(Path file, String sql) throws Exception {
        Process process = new ProcessBuilder("sqlite3", file.toString(), sql).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** psql's output for {@code sql}, as the database's superuser. */
    private static String psql(String sql) throws Exception {
        PgCluster.Result result = PgCluster.shared().psql(PgCluster.SUPERUSER, database, sql);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output();
    }

    private static long count(String table) throws Exception {
        try (Connection admin = PgCluster.shared().superuser(database); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM campaign." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String counts() throws Exception {
        return "photos=" + count("rectimap_photos") + " points=" + count("photo") + " links="
                + count("rectimap_photos_of_supervision_case") + " pointLinks=" + count("rectimap_photos_of_photo")
                + " steps=" + count("rectimap_step") + " cases=" + count("supervision_case");
    }
}
