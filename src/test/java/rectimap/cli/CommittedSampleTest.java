package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTWriter;
import rectimap.campaign.sample.YanhuSample;
import rectimap.model.Feature;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackageStore;

/**
 * The committed {@code maps/yanhu-sample.gpkg} is exactly what the generator makes today, so nobody forgets to
 * regenerate it after changing the generator or its tables (fix: {@code mvn -q compile exec:java
 * -Dexec.args=generate-sample}).
 */
class CommittedSampleTest {
    private static final Path COMMITTED = Path.of("maps", "yanhu-sample.gpkg");
    private static final String STALE = COMMITTED + " is stale; regenerate it with "
            + "mvn -q compile exec:java -Dexec.args=generate-sample";

    @Test
    void committedFileHoldsWhatTheGeneratorMakesToday() {
        List<Layer> fresh = YanhuSample.generate();
        WKTWriter wkt = new WKTWriter();
        try (GeoPackageStore store = GeoPackageStore.open(COMMITTED, AccessMode.READ_ONLY)) {
            assertThat(store.layers()).extracting(LayerInfo::tableName).as(STALE)
                    .containsExactlyElementsOf(fresh.stream().map(Layer::tableName).toList());
            for (Layer expected : fresh) {
                Layer stored = store.load(expected.tableName());
                assertThat(stored.info().title()).as(STALE).isEqualTo(expected.info().title());
                assertThat(stored.info().note()).as(STALE).isEqualTo(expected.info().note());
                assertThat(stored.info().provenance()).as(STALE).isEqualTo(expected.info().provenance());
                assertThat(stored.features()).as(STALE + " (%s count)", expected.tableName())
                        .hasSameSizeAs(expected.features());
                for (int i = 0; i < expected.features().size(); i++) {
                    Feature want = expected.features().get(i);
                    Feature got = stored.features().get(i);
                    assertThat(wkt.write(got.geometry())).as(STALE + " (%s %d)", expected.tableName(), want.id())
                            .isEqualTo(wkt.write(want.geometry()));
                    for (String field : want.attributes().keySet()) {
                        assertThat(got.text(field)).as(STALE + " (%s %d %s)", expected.tableName(), want.id(), field)
                                .isEqualTo(want.text(field));
                    }
                }
            }
        }
    }
}
