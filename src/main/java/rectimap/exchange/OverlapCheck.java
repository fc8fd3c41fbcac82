package rectimap.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.quadtree.Quadtree;
import rectimap.model.Feature;

/**
 * The no-overlap rule of layers such as 责任区 (areas of the same kind must not overlap) for an append: every
 * imported area is checked against the layer's areas and the areas imported before it with the same value of the
 * rule's field; an interior overlap fails the import naming the record and the other area (the editor clips when
 * drawing, but silently clipping a surveyed file would change the office's data).
 */
final class OverlapCheck {
    private final String field;
    /** A quadtree, not an STRtree: imported areas are added between queries. */
    private final Quadtree index = new Quadtree();

    OverlapCheck(String field, List<Feature> existing) {
        this.field = field;
        existing.forEach(this::remember);
    }

    void require(Path file, long record, Feature candidate) throws ExchangeException {
        Geometry area = candidate.geometry();
        if (area.getDimension() < 2) {
            return;
        }
        for (Object hit : index.query(area.getEnvelopeInternal())) {
            Feature other = (Feature) hit;
            if (Objects.equals(other.get(field), candidate.get(field)) && area.relate(other.geometry(), "2********")) {
                throw new ExchangeException(ExchangeProblem.BAD_GEOMETRY, file, record, "overlaps area "
                        + other.id() + " of the same " + field + " (" + candidate.get(field) + ")");
            }
        }
        remember(candidate);
    }

    private void remember(Feature feature) {
        if (feature.geometry().getDimension() == 2) {
            index.insert(feature.geometry().getEnvelopeInternal(), feature);
        }
    }
}
