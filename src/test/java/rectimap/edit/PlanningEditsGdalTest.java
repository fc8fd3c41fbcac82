package rectimap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static rectimap.edit.EditFixture.AREAS;
import static rectimap.edit.EditFixture.ZONES;
import static rectimap.edit.EditFixture.values;
import static rectimap.edit.EditFixture.wkt;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;
import rectimap.campaign.planning.PlanningRules;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageJournal;
import rectimap.store.GeoPackageStore;

/**
 * What the edit commands write through the journal is read by GDAL as we meant it: the mixed cleanup-zone layer holds
 * a POINT and a MULTIPOLYGON, split parts carry their Chinese values and computed areas, and the file stays a valid
 * GeoPackage.
 */
class PlanningEditsGdalTest {
    @TempDir
    Path folder;

    @Test
    void gdalReadsPointsAndMultipolygonsOfAMixedLayerAndTheSplitParts() throws Exception {
        GdalTools.requireGdal();
        Path file = folder.resolve("edits.gpkg");
        Project project = EditFixture.project();
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            for (MapLayer layer : project.layers()) {
                store.write(layer.layer());
            }
        }
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            EditSession session = new EditSession(project, new UndoHistory(), journal, PlanningRules.INSTANCE);
            session.run(new AddFeatureCommand(ZONES, wkt("POLYGON ((110.95 35.05, 110.951 35.05, 110.951 35.051, "
                    + "110.95 35.051, 110.95 35.05))"), values("kind", "墙面美化", "phase", "冬季行动", "status", "计划")));
            session.run(new SplitPolygonCommand(AREAS, 1,
                    (LineString) wkt("LINESTRING (110.903 34.99, 110.903 35.02)")));
            session.undo().orElseThrow();
            session.redo().orElseThrow().durable().get(30, TimeUnit.SECONDS);
        }

        GdalTools.validateGpkg(file).requireSuccess();
        String zones = GdalTools.ogrinfo("-ro", "-al", "-q", file.toString(), ZONES).requireSuccess().output();
        assertThat(zones).contains("POINT (110.905 35.004)").contains("MULTIPOLYGON (((110.95 35.05")
                .contains("kind (String) = 墙面美化").contains("phase (String) = 冬季行动");
        String parts = GdalTools.ogrinfo("-ro", "-q", file.toString(), "-sql",
                "SELECT fid, village, area_m2 FROM responsibility_area WHERE fid > 3 ORDER BY fid")
                .requireSuccess().output();
        assertThat(parts).contains("village (String) = 西关村").contains("OGRFeature(SELECT):4").contains("OGRFeature(SELECT):5")
                .doesNotContain("area_m2 (Real) = (null)");
    }
}
