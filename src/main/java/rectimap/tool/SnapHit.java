package rectimap.tool;

import java.util.Objects;
import rectimap.model.FeatureRef;

/**
 * A snapped position in display metres, what it lies on and whose feature it belongs to; {@code distancePx} is how
 * far the pointer was from it, in screen pixels. Immutable.
 */
public record SnapHit(DisplayPoint point, SnapTarget target, FeatureRef feature, double distancePx) {
    public SnapHit {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(feature, "feature");
    }
}
