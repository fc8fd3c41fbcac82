package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTWriter;
import rectimap.model.Layer;

/** Generating twice gives identical layers, geometry (as full-precision WKT) and attributes alike. */
class ReproducibilityTest {

    private static List<String> dump(List<Layer> layers) {
        WKTWriter wkt = new WKTWriter();
        return layers.stream().flatMap(layer -> layer.features().stream()
                .map(f -> layer.tableName() + " " + f.id() + " " + f.attributes() + " " + wkt.write(f.geometry())))
                .toList();
    }

    @Test
    void generatingTwiceGivesIdenticalWkt() {
        List<String> first = dump(YanhuSample.generate());
        List<String> second = dump(YanhuSample.generate());
        assertThat(first).hasSize(1 + 22 + 1 + GeneratedYanhu.layer("road").features().size() + 310 + 6);
        assertThat(second).isEqualTo(first);
    }
}
