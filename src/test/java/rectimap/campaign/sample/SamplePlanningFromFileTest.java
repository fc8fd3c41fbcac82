package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * A new project is made from the committed sample file, not from a fresh generation: the planning sample built on the
 * layers read back from {@code maps/yanhu-sample.gpkg} must be the same as on the generated ones.
 */
class SamplePlanningFromFileTest {
    private static final Path COMMITTED = Path.of("maps", "yanhu-sample.gpkg");

    @Test
    void theCommittedSampleGivesTheSamePlanningFeatures() {
        List<Layer> fromFile = new ArrayList<>();
        try (GeoPackageStore store = GeoPackageStore.open(COMMITTED, AccessMode.READ_ONLY)) {
            for (LayerInfo info : store.layers()) {
                fromFile.add(store.load(info.tableName()));
            }
        }

        List<Layer> planning = SamplePlanning.generate(fromFile);

        assertThat(planning).isEqualTo(SamplePlanning.generate(GeneratedYanhu.layers()));
    }
}
