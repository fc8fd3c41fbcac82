package rectimap.campaign.coverage;

import java.util.List;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import rectimap.model.Feature;

/** Names the township a piece lies in (the one holding its interior point), for problem lists. */
final class ParentLocator {
    private final STRtree townships = new STRtree();

    ParentLocator(List<Feature> townshipFeatures) {
        for (Feature township : townshipFeatures) {
            townships.insert(township.geometry().getEnvelopeInternal(), township);
        }
    }

    Parent parentOf(Geometry piece) {
        Point inside = piece.getInteriorPoint();
        for (Object candidate : townships.query(inside.getEnvelopeInternal())) {
            Feature township = (Feature) candidate;
            // Covers, for a point: inside or on the boundary (a point-in-polygon test, not a general relate).
            if (SimplePointInAreaLocator.isContained(inside.getCoordinate(), township.geometry())) {
                return new Parent(township.text("code"), township.text("name"));
            }
        }
        return new Parent("", "");
    }

    record Parent(String code, String name) {
    }
}
