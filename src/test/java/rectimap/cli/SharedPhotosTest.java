package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import rectimap.media.TestPhotos;
import rectimap.store.pg.PgCluster;

/**
 * Photos in a shared project, on the real throwaway cluster: {@code publish} copies a file's photos into the same
 * Related Tables layout (media table with bytea pictures, mapping tables, {@code gpkgext_relations}, the 照片 layer);
 * {@code photos --project postgresql://…} imports in one transaction with the change log saying who;
 * {@code identify} lists them; a township account adds photos only to its own township's features, also when it
 * writes with plain JDBC. JPEGs made here, EXIF written by exiftool.
 */
class SharedPhotosTest {
    @TempDir
    static Path dir;
    static CaseWithPhoto project;
    static PgCluster cluster;
    static String database;
    static String url;
    /** A case of 解州镇 without photos, and one of another township: fid, lon, lat, registered. */
    static Object[] jiezhouCase;
    static Object[] otherCase;

    @BeforeAll
    static void publishAFileWithAPhoto() throws Exception {
        project = CaseWithPhoto.in(dir);
        Path file = project.copy(dir, "with-photo");
        Path phone = Files.createDirectories(dir.resolve("phone"));
        project.afterPhoto(phone.resolve("good.jpg"), 1200, 800, 135);
        CliConsole photos = new CliConsole();
        assertThat(photos.run("photos", "--project", file.toString(), "--import", phone.toString()))
                .as(photos.err()).isZero();
        cluster = PgCluster.shared();
        database = cluster.createDatabase();
        url = cluster.url(PgCluster.SUPERUSER, database) + "?schema=campaign";
        CliConsole published = new CliConsole();
        assertThat(published.run("publish", "--project", file.toString(), "--to", url)).as(published.err()).isZero();
        try (Connection admin = cluster.superuser(database); Statement s = admin.createStatement()) {
            jiezhouCase = caseWhere(s, "t.name = '解州镇'");
            otherCase = caseWhere(s, "t.name <> '解州镇'");
        }
        CliConsole account = new CliConsole();
        assertThat(account.run("accounts", "--project", url, "--add", "jzphoto", "--township", "解州镇",
                "--password", "pw-jzphoto")).as(account.err()).isZero();
        cluster.rememberPassword("jzphoto", "pw-jzphoto");
    }

    private static Object[] caseWhere(Statement s, String where) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT c.fid, ST_X(c.geom), ST_Y(c.geom), c.registered FROM"
                + " campaign.supervision_case c JOIN campaign.township t ON ST_Covers(t.geom, c.geom) WHERE " + where
                + " AND c.fid <> " + project.firstCase().id() + " ORDER BY c.fid LIMIT 1")) {
            assertThat(rs.next()).as(where).isTrue();
            return new Object[] {rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getObject(4, LocalDate.class)};
        }
    }

    /** A folder {@code name} holding one photo taken 3 m beside {@code at} three days after it was registered. */
    private static Path photoBeside(String name, Object[] at, int seed) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Path photo = TestPhotos.jpeg(folder.resolve(name + ".jpg"), 800, 600, seed);
        LocalDate after = ((LocalDate) at[3]).plusDays(3);
        TestPhotos.geotag(photo, (double) at[1] + 0.00003, (double) at[2], after.toString().replace('-', ':')
                + " 09:15:00", 90);
        return folder;
    }

    private static String count(String table) throws Exception {
        try (Connection admin = cluster.superuser(database); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM campaign." + table)) {
            rs.next();
            return table + "=" + rs.getLong(1);
        }
    }

    private static String counts() throws Exception {
        return count("rectimap_photos") + " " + count("photo") + " " + count("rectimap_photos_of_supervision_case")
                + " " + count("rectimap_photos_of_photo") + " " + count("rectimap_step");
    }

    private static String address(String user) {
        return cluster.url(user, database) + "?schema=campaign";
    }

    @Test
    void publishCopiesThePhotoTablesAndIdentifyListsThePhoto() throws Exception {
        try (Connection admin = cluster.superuser(database); Statement s = admin.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT content_type, file_name, tag, length(data), length(thumbnail),"
                    + " pg_typeof(data)::text FROM campaign.rectimap_photos WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("image/jpeg");
                assertThat(rs.getString(2)).isEqualTo("good.jpg");
                assertThat(rs.getString(3)).isEqualTo("整改后");
                assertThat(rs.getInt(4)).isGreaterThan(1000);
                assertThat(rs.getInt(5)).isGreaterThan(100);
                assertThat(rs.getString(6)).isEqualTo("bytea");
            }
            try (ResultSet rs = s.executeQuery("SELECT base_table_name, base_primary_column, related_table_name,"
                    + " relation_name, mapping_table_name FROM campaign.gpkgext_relations"
                    + " WHERE base_table_name IN ('supervision_case', 'photo') ORDER BY base_table_name")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                        + " " + rs.getString(5)).isEqualTo("photo fid rectimap_photos media rectimap_photos_of_photo");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(5)).isEqualTo("rectimap_photos_of_supervision_case");
            }
            try (ResultSet rs = s.executeQuery("SELECT m.base_id, p.file_name, p.linked_fid FROM"
                    + " campaign.rectimap_photos_of_supervision_case m JOIN campaign.photo p ON p.media_id = m.related_id"
                    + " WHERE m.related_id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(project.firstCase().id());
                assertThat(rs.getString(2)).isEqualTo("good.jpg");
                assertThat(rs.getLong(3)).isEqualTo(project.firstCase().id());
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM campaign.rectimap_layer WHERE table_name = 'photo'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the file's 照片 layer is a layer of the shared project").isEqualTo(1);
            }
        }
        Point at = (Point) project.firstCase().geometry();
        CliConsole identify = new CliConsole();
        assertThat(identify.run("identify", "--project", url, "--at", at.getX() + "," + at.getY()))
                .as(identify.err()).isZero();
        String day = ((LocalDate) project.firstCase().get("registered")).plusDays(3).toString();
        assertThat(identify.out()).contains("照片：" + day + " 10:20 · good.jpg · 整改后");
    }

    @Test
    void photosImportIntoTheSharedProjectInOneStepAndABadBatchLeavesNothing() throws Exception {
        Path folder = photoBeside("office", otherCase, 11);
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.copy(folder.resolve("office.jpg"), broken.resolve("a-good.jpg"), StandardCopyOption.REPLACE_EXISTING);
        TestPhotos.truncated(folder.resolve("office.jpg"), broken.resolve("b-broken.jpg"), 2000);
        String before = counts();
        CliConsole failed = new CliConsole();
        assertThat(failed.run("photos", "--project", url, "--import", broken.toString())).isEqualTo(2);
        assertThat(failed.err()).contains("b-broken.jpg").contains("项目未作任何修改").doesNotContain("Exception");
        assertThat(counts()).isEqualTo(before);

        CliConsole imported = new CliConsole();
        assertThat(imported.run("photos", "--project", url, "--import", folder.toString()))
                .as(imported.err()).isZero();
        assertThat(imported.out()).contains("已导入 1 张照片：1 张关联到要素，0 张只有位置点");
        try (Connection admin = cluster.superuser(database); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT user_name, name, summary FROM campaign.rectimap_step"
                        + " ORDER BY applied_at DESC LIMIT 1")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(PgCluster.SUPERUSER);
            assertThat(rs.getString(2)).isEqualTo("照片");
            assertThat(rs.getString(3)).contains("photo +1");
        }
        CliConsole identify = new CliConsole();
        assertThat(identify.run("identify", "--project", url, "--at", otherCase[1] + "," + otherCase[2], "--lang",
                "en")).as(identify.err()).isZero();
        assertThat(identify.out()).contains("photo: " + ((LocalDate) otherCase[3]).plusDays(3) + " 09:15 · office.jpg"
                + " · after");

        String after = counts();
        CliConsole again = new CliConsole();
        assertThat(again.run("photos", "--project", url, "--import", folder.toString())).isZero();
        assertThat(again.out()).contains("没有可导入的新照片");
        assertThat(counts()).isEqualTo(after);
    }

    @Test
    void aTownshipAccountAddsPhotosOnlyToItsOwnTownshipsFeatures() throws Exception {
        String before = counts();
        CliConsole refused = new CliConsole();
        assertThat(refused.run("photos", "--project", address("jzphoto"), "--import",
                photoBeside("elsewhere", otherCase, 21).toString())).isEqualTo(2);
        assertThat(refused.err()).contains("photos:").doesNotContain("Exception").doesNotContain("SQL");
        assertThat(counts()).as("nothing of the refused batch").isEqualTo(before);

        CliConsole mine = new CliConsole();
        assertThat(mine.run("photos", "--project", address("jzphoto"), "--import",
                photoBeside("mine", jiezhouCase, 22).toString())).as(mine.err()).isZero();
        assertThat(mine.out()).contains("已导入 1 张照片：1 张关联到要素");
        try (Connection admin = cluster.superuser(database); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT p.rectimap_changed_by, m.base_id FROM campaign.photo p JOIN"
                        + " campaign.rectimap_photos_of_supervision_case m ON m.related_id = p.media_id"
                        + " WHERE p.file_name = 'mine.jpg'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("jzphoto");
            assertThat(rs.getLong(2)).isEqualTo((long) jiezhouCase[0]);
        }

        try (Connection jz = cluster.connect("jzphoto", database); Statement s = jz.createStatement()) {
            long media;
            try (ResultSet rs = s.executeQuery("SELECT id FROM campaign.rectimap_photos WHERE file_name = 'mine.jpg'")) {
                rs.next();
                media = rs.getLong(1);
            }
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO campaign.rectimap_photos_of_supervision_case"
                    + " (base_id, related_id) VALUES (" + otherCase[0] + ", " + media + ")"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.executeUpdate("UPDATE campaign.photo SET linked_fid = " + otherCase[0]
                    + " WHERE file_name = 'mine.jpg'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThat(s.executeUpdate("DELETE FROM campaign.photo WHERE file_name = 'office.jpg'"))
                    .as("another township's photo point").isZero();
            assertThat(s.executeUpdate("DELETE FROM campaign.rectimap_photos_of_supervision_case WHERE base_id = "
                    + otherCase[0])).isZero();
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM campaign.rectimap_photos"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM campaign.rectimap_photos")) {
                rs.next();
                assertThat(rs.getInt(1)).as("reads every photo").isGreaterThanOrEqualTo(2);
            }
        }
    }
}
