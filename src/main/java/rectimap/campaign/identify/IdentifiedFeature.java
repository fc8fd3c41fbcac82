package rectimap.campaign.identify;

import java.util.List;
import rectimap.model.FeatureRef;

/**
 * A feature found under a point: which one, the line it is listed by (its name field and name, see
 * {@link FeatureRows#caption}) and its field rows in column order.
 */
public record IdentifiedFeature(FeatureRef ref, IdentifyRow caption, List<IdentifyRow> rows) {
    public IdentifiedFeature {
        rows = List.copyOf(rows);
    }
}
