package rectimap.campaign.sample;

import java.util.List;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Feature;
import rectimap.model.Layer;

/** The sample generated once per test JVM (generation is deterministic, so sharing it hides nothing). */
final class GeneratedYanhu {
    private static List<Layer> layers;

    private GeneratedYanhu() {
    }

    static synchronized List<Layer> layers() {
        if (layers == null) {
            layers = YanhuSample.generate();
        }
        return layers;
    }

    static Layer layer(String table) {
        return layers().stream().filter(l -> l.tableName().equals(table)).findFirst()
                .orElseThrow(() -> new AssertionError("no layer " + table));
    }

    static Stream<Feature> features(String table) {
        return layer(table).features().stream();
    }

    static Feature township(String code) {
        return features("township").filter(f -> f.text("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no township " + code));
    }

    static Geometry district() {
        return layer("district").features().get(0).geometry();
    }
}
