package rectimap.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;
import rectimap.campaign.sample.SampleStyles;
import rectimap.campaign.sample.YanhuSample;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.Provenance;
import rectimap.model.style.MarkerShape;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/** Opening a real GeoPackage: every layer in file order, sample styles by table, defaults for the rest. */
class ProjectAssemblerTest {

    @Test
    void assemblesEveryLayerStyledVisibleAndOpaque(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("project.gpkg");
        FeatureType wells = new FeatureType("wells", GeometryKind.POINT, List.of());
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            YanhuSample.generate().forEach(store::write);
            store.write(new Layer(new LayerInfo(wells, "水井", LayerRole.PLANNING, Provenance.SURVEYED, "", 4490),
                    List.of(new Feature(1, new WKTReader().read("POINT (111 35)"), Map.of()))));
        }

        Project project;
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            project = ProjectAssembler.assemble(file, store);
        }

        assertThat(project.file()).isEqualTo(file);
        assertThat(project.layers()).extracting(MapLayer::tableName).containsExactly("district", "township",
                "salt_lake", "road", "village", "city_entrance", "wells");
        assertThat(project.layers()).allSatisfy(l -> {
            assertThat(l.visible()).isTrue();
            assertThat(l.opacity()).isEqualTo(1.0);
        });
        assertThat(project.layer("township").orElseThrow().style()).isEqualTo(SampleStyles.township());
        assertThat(project.layer("township").orElseThrow().layer().features()).hasSize(22);
        assertThat(project.layer("wells").orElseThrow().style().base().marker()).isEqualTo(MarkerShape.CIRCLE);
        assertThat(project.showsSchematic()).isTrue();
    }
}
