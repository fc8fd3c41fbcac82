package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;
import rectimap.media.PictureScaling;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * {@code photos --import}: real JPEGs made here with EXIF written by exiftool, imported into a real project; the
 * written file is checked by GDAL (validator, the relationship as GDAL reads it, ogrinfo's layer list).
 */
class PhotosCommandTest {
    @TempDir
    static Path dir;
    static CaseWithPhoto project;
    static Feature firstCase;
    static Path good;

    @BeforeAll
    static void makeProjectAndPhotos() throws Exception {
        project = CaseWithPhoto.in(dir);
        firstCase = project.firstCase();
        good = project.afterPhoto(dir.resolve("good.jpg"), 3000, 2000, 135);
    }

    private static Path freshProject(String name) throws Exception {
        return project.copy(dir, name);
    }

    private static Path folder(String name, Path... files) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Path file : files) {
            Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return folder;
    }

    @Test
    void geotaggedPhotoIsLinkedToTheCaseAndGdalReadsTheRelation() throws Exception {
        Path project = freshProject("linked");
        Path noGps = TestPhotos.jpeg(dir.resolve("no-gps.jpg"), 640, 480, 2);
        Path folder = folder("phone", good, noGps);
        Files.copy(good, folder.resolve("zz-copy.jpg"));
        Files.writeString(folder.resolve("说明.txt"), "not a photo");

        CliConsole console = new CliConsole();
        int code = console.run("photos", "--project", project.toString(), "--import", folder.toString());

        assertThat(code).as(console.err()).isZero();
        assertThat(console.out()).contains("已导入 1 张照片：1 张关联到要素，0 张只有位置点")
                .contains("没有 GPS 位置，未导入").contains("no-gps.jpg")
                .contains("与项目中已有照片相同，已跳过").contains("zz-copy.jpg")
                .contains("不是照片文件").contains("说明.txt");
        try (ProjectFile file = ProjectFiles.openReadOnly(project)) {
            GeoPackagePhotoArchive archive = GeoPackagePhotoArchive.of(file.store());
            List<Photo> photos = archive.photosOf(new FeatureRef(SupervisionCaseSchema.TABLE, firstCase.id()));
            assertThat(photos).singleElement().satisfies(photo -> {
                assertThat(photo.fileName()).isEqualTo("good.jpg");
                assertThat(photo.tag()).as("taken after the case was registered").isEqualTo(PhotoTag.AFTER);
                assertThat(photo.directionDeg()).isEqualTo(135.0);
                assertThat(photo.takenAt()).hasHour(10).hasMinute(20);
                assertThat(Math.max(photo.widthPx(), photo.heightPx())).isLessThanOrEqualTo(PictureScaling.MAX_SIDE_PX);
            });
            BufferedImage stored = ImageIO.read(new ByteArrayInputStream(
                    archive.picture(photos.get(0).id()).orElseThrow()));
            assertThat(stored.getWidth()).as("3000 px read at every second pixel").isEqualTo(1500);
            assertThat(archive.thumbnail(photos.get(0).id())).isPresent();
        }
        GdalTools.validateGpkg(project).requireSuccess();
        String relations = GdalTools.python("-c", "from osgeo import gdal\n"
                + "ds = gdal.OpenEx('" + project + "', gdal.OF_VECTOR)\n"
                + "for name in ds.GetRelationshipNames():\n"
                + "    r = ds.GetRelationship(name)\n"
                + "    print(r.GetLeftTableName(), r.GetRightTableName(), r.GetMappingTableName(),"
                + " r.GetRelatedTableType())\n").requireSuccess().output();
        assertThat(relations).contains("supervision_case gpkgext_rectimap_photos gpkgext_rectimap_photos_of_supervision_case media")
                .contains("photo gpkgext_rectimap_photos gpkgext_rectimap_photos_of_photo media");
        String layers = GdalTools.ogrinfo("-ro", project.toString()).requireSuccess().output();
        assertThat(layers).contains("photo (Point)").doesNotContain("rectimap_photos");
        assertThat(GdalTools.ogrinfo("-ro", "-sql", "SELECT base_table_name, relation_name FROM gpkgext_relations",
                project.toString()).requireSuccess().output()).contains("base_table_name (String) = supervision_case");

        Point at = (Point) firstCase.geometry();
        CliConsole identify = new CliConsole();
        assertThat(identify.run("identify", "--project", project.toString(), "--at", at.getX() + "," + at.getY()))
                .as(identify.err()).isZero();
        String day = ((LocalDate) firstCase.get("registered")).plusDays(3).toString();
        assertThat(identify.out()).contains("照片：" + day + " 10:20 · good.jpg · 整改后");
        CliConsole identifyEn = new CliConsole();
        identifyEn.run("identify", "--project", project.toString(), "--at", at.getX() + "," + at.getY(), "--lang", "en");
        assertThat(identifyEn.out()).contains("photo: " + day + " 10:20 · good.jpg · after");

        CliConsole check = new CliConsole();
        assertThat(check.run("check", "--project", project.toString())).as(check.out() + check.err()).isZero();

        CliConsole again = new CliConsole();
        assertThat(again.run("photos", "--project", project.toString(), "--import", folder.toString())).isZero();
        assertThat(again.out()).contains("没有可导入的新照片");
    }

    @Test
    void aBadPictureFailsTheBatchNamingItAndLeavesTheProjectByteIdentical() throws Exception {
        Path project = freshProject("failed");
        Path broken = TestPhotos.truncated(good, dir.resolve("broken.jpg"), (int) (Files.size(good) / 2));
        Path folder = folder("with-broken", good, broken);
        String before = ExchangeFixtures.sha256(project);

        CliConsole console = new CliConsole();
        int code = console.run("photos", "--project", project.toString(), "--import", folder.toString());

        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("broken.jpg").contains("已损坏").contains("项目未作任何修改")
                .doesNotContain("Exception");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
        assertThat(Files.list(dir).map(Path::toString)).noneMatch(name -> name.endsWith("failed.gpkg.lock"));

        CliConsole english = new CliConsole();
        english.run("photos", "--project", project.toString(), "--import", folder.toString(), "--lang", "en");
        assertThat(english.err()).contains("broken.jpg").contains("is damaged").contains("The project is unchanged");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    /**
     * Twelve bad files in one folder (a text file named .jpg, eleven damaged JPEGs) beside a good photo: the batch
     * still fails as a whole, but the message names the first ten with why, counts them all and says what to do, so
     * the user fixes the folder in one go. (Before: only the first bad file was named.)
     */
    @Test
    void everyBadPictureOfTheFolderIsNamedAtOnce() throws Exception {
        Path project = freshProject("manybad");
        Path folder = folder("many-bad", good);
        for (int i = 1; i <= 11; i++) {
            // Cut at different lengths: copies alike would be skipped as duplicates of the first.
            TestPhotos.truncated(good, folder.resolve(String.format("broken-%02d.jpg", i)),
                    (int) (Files.size(good) / 2) + i);
        }
        Files.writeString(folder.resolve("a-fake.jpg"), "this is a text file with a photo's name");
        String before = ExchangeFixtures.sha256(project);

        CliConsole console = new CliConsole();
        int code = console.run("photos", "--project", project.toString(), "--import", folder.toString());

        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("12 个文件无法导入", "a-fake.jpg（不是图片）", "broken-01.jpg（已损坏）",
                "broken-09.jpg（已损坏）", "等 12 个", "项目未作任何修改", "移出文件夹", "重新运行")
                .doesNotContain("broken-10.jpg", "good.jpg", "Exception");
        assertThat(console.err().split("（", -1)).hasSize(11);
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);

        CliConsole english = new CliConsole();
        english.run("photos", "--project", project.toString(), "--import", folder.toString(), "--lang", "en");
        assertThat(english.err()).contains("12 files cannot be imported", "broken-01.jpg (damaged)",
                "a-fake.jpg (not a picture)", "and 12 more", "The project is unchanged", "Move these files out");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoPictureIsNamed() throws Exception {
        Path project = freshProject("notimage");
        Path fake = dir.resolve("fake.jpg");
        Files.writeString(fake, "this is a text file with a photo's name");
        Path folder = folder("with-fake", fake);
        String before = ExchangeFixtures.sha256(project);

        CliConsole console = new CliConsole();
        assertThat(console.run("photos", "--project", project.toString(), "--import", folder.toString()))
                .isEqualTo(2);
        assertThat(console.err()).contains("“").contains("fake.jpg").contains("不是可识别的图片文件");
        assertThat(ExchangeFixtures.sha256(project)).isEqualTo(before);
    }
}
