package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.Photo;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageJournal;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.QgisSublayers;
import rectimap.store.Sqlite3;

/**
 * Issue 17 point 6: the photo tables (media and mappings) were named {@code rectimap_photos…}, so GDAL listed the
 * media table and QGIS offered both as layers. They now carry the hidden {@code gpkgext_} names: GDAL (asked for
 * every table, as QGIS asks) and QGIS list only the 照片 point layer, the file stays valid with the Related Tables
 * registration, and a project made before is read as it is read-only and renamed when opened for editing.
 */
class HiddenPhotoTablesTest {
    @TempDir
    static Path dir;
    static Path template;
    static Feature firstCase;

    @BeforeAll
    static void projectWithAPhoto() throws Exception {
        GdalTools.requireGdal();
        CaseWithPhoto project = CaseWithPhoto.in(dir);
        template = project.template();
        firstCase = project.firstCase();
        Path folder = Files.createDirectories(dir.resolve("phone"));
        project.afterPhoto(folder.resolve("after.jpg"), 800, 600, 90);
        CliConsole console = new CliConsole();
        assertThat(console.run("photos", "--project", template.toString(), "--import", folder.toString()))
                .as(console.err()).isZero();
    }

    private static Path copy(String name) throws Exception {
        return Files.copy(template, dir.resolve(name + ".gpkg"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void gdalAndQgisListOnlyThePhotoPointsAndTheFileStaysValid() throws Exception {
        Path project = copy("hidden");
        assertThat(QgisSublayers.gdalAllTables(project)).contains("photo").noneMatch(n -> n.contains("rectimap"));
        assertThat(QgisSublayers.of(project, dir)).noneMatch(n -> n.contains("rectimap"));
        GdalTools.validateGpkg(project).requireSuccess();
        assertThat(Sqlite3.lines(project, "SELECT count(*) FROM gpkg_contents WHERE table_name LIKE '%photos%';"))
                .containsExactly("0");
        assertThat(Sqlite3.lines(project, "SELECT related_table_name || ' ' || mapping_table_name FROM"
                + " gpkgext_relations ORDER BY id;")).containsExactly(
                "gpkgext_rectimap_photos gpkgext_rectimap_photos_of_photo",
                "gpkgext_rectimap_photos gpkgext_rectimap_photos_of_supervision_case");
        assertThat(photosOfTheCase(project)).extracting(Photo::fileName).containsExactly("after.jpg");
    }

    @Test
    void anOlderProjectIsReadAsItIsAndRenamedWhenOpenedForEditing() throws Exception {
        Path project = copy("older");
        Sqlite3.run(project, String.join("\n",
                "ALTER TABLE gpkgext_rectimap_photos RENAME TO rectimap_photos;",
                "ALTER TABLE gpkgext_rectimap_photos_of_photo RENAME TO rectimap_photos_of_photo;",
                "ALTER TABLE gpkgext_rectimap_photos_of_supervision_case RENAME TO rectimap_photos_of_supervision_case;",
                "UPDATE gpkgext_relations SET related_table_name = 'rectimap_photos',"
                        + " mapping_table_name = substr(mapping_table_name, 9);",
                "UPDATE gpkg_extensions SET table_name = substr(table_name, 9)"
                        + " WHERE table_name LIKE 'gpkgext_rectimap_photos_of_%';",
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description)"
                        + " VALUES ('rectimap_photos', 'attributes', '照片文件', '整改前后照片');"));
        assertThat(QgisSublayers.gdalAllTables(project)).contains("rectimap_photos");
        String before = ExchangeFixtures.sha256(project);

        assertThat(photosOfTheCase(project)).extracting(Photo::fileName).containsExactly("after.jpg");
        assertThat(ExchangeFixtures.sha256(project)).as("read-only leaves the file as it was").isEqualTo(before);

        GeoPackageJournal.open(project).close();

        assertThat(QgisSublayers.gdalAllTables(project)).contains("photo").noneMatch(n -> n.contains("rectimap"));
        GdalTools.validateGpkg(project).requireSuccess();
        assertThat(Sqlite3.lines(project, "SELECT mapping_table_name FROM gpkgext_relations ORDER BY id;"))
                .containsExactly("gpkgext_rectimap_photos_of_photo", "gpkgext_rectimap_photos_of_supervision_case");
        assertThat(photosOfTheCase(project)).extracting(Photo::fileName).containsExactly("after.jpg");
    }

    private static List<Photo> photosOfTheCase(Path project) {
        try (ProjectFile file = ProjectFiles.openReadOnly(project)) {
            GeoPackagePhotoArchive archive = GeoPackagePhotoArchive.of(file.store());
            assertThat(archive.byFeature()).containsKey(new FeatureRef(SupervisionCaseSchema.TABLE, firstCase.id()));
            return archive.photosOf(new FeatureRef(SupervisionCaseSchema.TABLE, firstCase.id()));
        }
    }
}
