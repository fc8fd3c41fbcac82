package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.GeometryKind;

/**
 * Issue 12 point 2, at the journal: ogr2ogr appends features to a layer while a session edits it, taking the ids
 * the session would give its next features. The session's next add is re-based to the next free fid (it used to
 * fail on the duplicate id, and every later edit with it), and later steps naming that feature (a rename, the undo)
 * reach the re-based row, never the other program's feature; the history in the file names the file's ids.
 */
class FeatureIdRebaseTest {
    private static final String ZONES = "zone_area";

    @TempDir
    Path dir;

    @Test
    void anAddWhoseIdAnotherProgramTookIsRebasedAndLaterStepsFollowIt() throws Exception {
        Path file = dir.resolve("共享.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer(ZONES, GeometryKind.POLYGON, "整治片区",
                    "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))",
                    "POLYGON ((111.02 35, 111.03 35, 111.03 35.01, 111.02 35))"));
        }
        Feature a = named(FixtureLayers.feature(3, "POLYGON ((111.1 35, 111.11 35, 111.11 35.01, 111.1 35))", 0), "甲");
        Feature b = named(FixtureLayers.feature(4, "POLYGON ((111.2 35, 111.21 35, 111.21 35.01, 111.2 35))", 0), "乙");
        Feature renamed = named(b, "乙 改名");
        ChangeSet addB = new ChangeSet("新增 乙", List.of(FeatureChange.added(ZONES, b)));
        ChangeSet renameB = new ChangeSet("改名 乙", List.of(FeatureChange.replaced(ZONES, b, renamed)));
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(new ChangeSet("新增 甲", List.of(FeatureChange.added(ZONES, a)))).join();

            GdalTools.ogr2ogr("-update", "-append", file.toString(), outsideZones().toString(), "-nln", ZONES)
                    .requireSuccess();
            assertThat(rows(file)).containsExactly("1|解州镇·西张耿村 1 号 \"引号\" 'apostrophe'",
                    "2|解州镇·西张耿村 2 号 \"引号\" 'apostrophe'", "3|甲", "4|外来一", "5|外来二");

            journal.recordDone(addB).join();
            journal.recordDone(renameB).join();
            assertThat(rows(file)).containsExactly("1|解州镇·西张耿村 1 号 \"引号\" 'apostrophe'",
                    "2|解州镇·西张耿村 2 号 \"引号\" 'apostrophe'", "3|甲", "4|外来一", "5|外来二", "6|乙 改名");

            journal.recordUndone(renameB.inverse()).join();
            journal.recordUndone(addB.inverse()).join();
            assertThat(rows(file)).containsExactly("1|解州镇·西张耿村 1 号 \"引号\" 'apostrophe'",
                    "2|解州镇·西张耿村 2 号 \"引号\" 'apostrophe'", "3|甲", "4|外来一", "5|外来二");
            journal.recordRedone(addB).join();
            journal.rereadShown();
        }
        assertThat(rows(file)).endsWith("6|乙");
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            SavedHistory history = store.savedHistory();
            assertThat(history.cursor()).isEqualTo(2);
            assertThat(history.steps().get(1).changes()).extracting(FeatureChange::featureId).containsExactly(6L);
            assertThat(history.steps().get(2).changes().get(0).after()).isEqualTo(
                    new Feature(6, renamed.geometry(), renamed.attributes()));
        }
        assertThat(GdalTools.featureCounts(file)).containsEntry(ZONES, 6L);
    }

    private static Feature named(Feature feature, String name) {
        java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>(feature.attributes());
        attributes.put("name", name);
        return new Feature(feature.id(), feature.geometry(), attributes);
    }

    private static List<String> rows(Path file) {
        return Sqlite3.lines(file, "SELECT fid || '|' || name FROM zone_area ORDER BY fid;");
    }

    private Path outsideZones() throws java.io.IOException {
        Path json = dir.resolve("外来.geojson");
        Files.writeString(json, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "外来一", "code": 7},
                  "geometry": {"type": "Polygon", "coordinates": [[[111.3, 35], [111.31, 35], [111.31, 35.01], [111.3, 35]]]}},
                 {"type": "Feature", "properties": {"name": "外来二", "code": 8},
                  "geometry": {"type": "Polygon", "coordinates": [[[111.4, 35], [111.41, 35], [111.41, 35.01], [111.4, 35]]]}}
                ]}
                """, StandardCharsets.UTF_8);
        return json;
    }
}
