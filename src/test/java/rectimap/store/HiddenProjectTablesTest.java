package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.GeometryKind;

/**
 * Issue 12 point 9, the remainder: QGIS 3.22 opens a GeoPackage as GDAL does with {@code LIST_ALL_TABLES=YES}, and
 * listed Rectimap's own tables (undo history, state, layer states, settings, change log) as layers. They are now
 * named so that GDAL and QGIS leave them out, the file stays valid, and a project made before is renamed when opened
 * for editing (its history kept) and read as it is, unchanged, when opened read-only.
 */
class HiddenProjectTablesTest {
    private static final String ZONES = "zone_area";

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void projectWithHistory() {
        GdalTools.requireGdal();
        file = dir.resolve("项目.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer(ZONES, GeometryKind.POLYGON, "整治片区",
                    "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))"));
        }
        Feature added = FixtureLayers.feature(2, "POLYGON ((111.1 35, 111.11 35, 111.11 35.01, 111.1 35))", 0);
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(new ChangeSet("新增 甲", List.of(FeatureChange.added(ZONES, added)))).join();
            journal.recordSetting("print.last", "A3").join();
        }
    }

    @Test
    void gdalWithListAllTablesAndQgisListOnlyTheLayers() throws Exception {
        assertThat(allTables()).containsExactlyInAnyOrder(ZONES, "layer_styles");
        GdalTools.validateGpkg(file).requireSuccess();
        assertThat(qgisSublayers()).allSatisfy(name -> assertThat(name).doesNotContain("rectimap"));
    }

    @Test
    void anOlderProjectIsReadAsItIsAndRenamedWhenOpenedForEditing() throws Exception {
        for (HiddenTableNames.Rename table : HiddenTableNames.ALL) {
            if (exists(table.current())) {
                Sqlite3.run(file, "ALTER TABLE " + table.current() + " RENAME TO " + table.legacy() + ";");
            }
        }
        assertThat(allTables()).contains("rectimap_history", "rectimap_settings");
        byte[] before = Files.readAllBytes(file);

        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.savedHistory().steps()).extracting(ChangeSet::name).containsExactly("新增 甲");
            assertThat(store.settings()).containsEntry("print.last", "A3");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        GeoPackageJournal.open(file).close();

        assertThat(allTables()).containsExactlyInAnyOrder(ZONES, "layer_styles");
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.savedHistory().steps()).extracting(ChangeSet::name).containsExactly("新增 甲");
            assertThat(store.savedHistory().cursor()).isEqualTo(1);
            assertThat(store.settings()).containsEntry("print.last", "A3");
        }
        GdalTools.validateGpkg(file).requireSuccess();
    }

    private boolean exists(String table) {
        return Sqlite3.lines(file, "SELECT count(*) FROM sqlite_master WHERE name = '" + table + "';").equals(List.of("1"));
    }

    private List<String> allTables() {
        return QgisSublayers.gdalAllTables(file);
    }

    private List<String> qgisSublayers() throws Exception {
        List<String> names = QgisSublayers.of(file, dir);
        if (!names.isEmpty()) {
            assertThat(names).contains(ZONES);
        }
        return names;
    }
}
