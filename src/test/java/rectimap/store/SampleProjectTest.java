package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.sample.SamplePlanning;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;

/**
 * The built-in sample project as the File menu makes it: the committed reference map plus {@link SamplePlanning}'s
 * planning features, written, read back exactly, valid for GDAL, and edited through the journal.
 */
class SampleProjectTest {
    @TempDir
    Path dir;

    @Test
    void theSampleProjectRoundTripsItsPlanningFeaturesAndTakesEdits() {
        List<Layer> reference = new ArrayList<>();
        try (GeoPackageStore sample = GeoPackageStore.open(ProjectFilesTest.SAMPLE, AccessMode.READ_ONLY)) {
            for (LayerInfo info : sample.layers()) {
                reference.add(sample.load(info.tableName()));
            }
        }
        List<Layer> planning = SamplePlanning.generate(reference);
        Path file = dir.resolve("盐湖区示例项目.gpkg");
        ChangeSet rename;
        try (ProjectFile project = ProjectFiles.createFromSample(ProjectFilesTest.SAMPLE, file, planning)) {
            for (Layer layer : planning) {
                assertThat(project.store().load(layer.tableName()).features()).as(layer.tableName())
                        .isEqualTo(layer.features());
            }
            Layer areas = planning.get(0);
            Feature first = areas.features().get(0);
            Feature renamed = new Feature(first.id(), first.geometry(), withNote(first.attributes(), "已核实 · 2026"));
            rename = new ChangeSet("修改 责任区 属性", List.of(FeatureChange.replaced(areas.tableName(), first, renamed)));
            project.journal().orElseThrow().recordDone(rename).join();
        }
        try (ProjectFile reopened = ProjectFiles.open(file)) {
            assertThat(reopened.history()).containsExactly(rename);
            assertThat(reopened.store().load(planning.get(0).tableName()).feature(
                    rename.changes().get(0).featureId()).orElseThrow()).isEqualTo(rename.changes().get(0).after());
        }
        GdalTools.validateGpkg(file).requireSuccess();
        Map<String, Long> counts = GdalTools.featureCounts(file);
        for (Layer layer : planning) {
            assertThat(counts).containsEntry(layer.tableName(), (long) layer.features().size());
        }
        assertThat(GdalTools.ogrinfo("-al", file.toString(), planning.get(0).tableName()).requireSuccess().output())
                .contains("已核实 · 2026");
    }

    private static Map<String, Object> withNote(Map<String, Object> attributes, String note) {
        Map<String, Object> changed = new java.util.LinkedHashMap<>(attributes);
        changed.put("note", note);
        return changed;
    }
}
