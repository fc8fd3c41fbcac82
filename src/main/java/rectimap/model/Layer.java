package rectimap.model;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/** An immutable layer: its description and features, in storage CRS (see {@link LayerInfo#srid()}). */
public record Layer(LayerInfo info, List<Feature> features) {
    public Layer {
        features = List.copyOf(features);
    }

    /** The envelope of all features, empty ({@link Envelope#isNull()}) for an empty layer. */
    public Envelope envelope() {
        Envelope envelope = new Envelope();
        for (Feature feature : features) {
            envelope.expandToInclude(feature.geometry().getEnvelopeInternal());
        }
        return envelope;
    }

    /** The feature with this id, if present. */
    public Optional<Feature> feature(long id) {
        return features.stream().filter(f -> f.id() == id).findFirst();
    }

    public String tableName() {
        return info.tableName();
    }
}
