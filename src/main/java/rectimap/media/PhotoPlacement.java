package rectimap.media;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;
import rectimap.geo.Measure;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.LayerRole;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Which feature a photo taken at a place belongs to, among the planning layers' features (cases, demolition sites,
 * cleanup zones, responsibility areas…): the nearest point or line within the given distance on the ground (CGCS2000
 * ellipsoid), since those mark one site; else the smallest area the place lies in; else the nearest area within the
 * distance. So a photo a few metres from a case point inside a responsibility area goes to the case. Immutable; safe
 * from any thread.
 */
public final class PhotoPlacement {
    private static final double METRES_PER_DEGREE = 111_000;
    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private record Candidate(String table, Feature feature, double areaDeg2) {
    }

    private record Hit(FeatureRef ref, double distanceM, boolean area, double areaDeg2) {
    }

    private final List<Candidate> candidates;

    private PhotoPlacement(List<Candidate> candidates) {
        this.candidates = candidates;
    }

    /** The placement over {@code project}'s planning layers (the 照片 layer itself excluded). */
    public static PhotoPlacement over(Project project) {
        List<Candidate> all = new ArrayList<>();
        for (MapLayer layer : project.layers()) {
            if (layer.info().role() != LayerRole.PLANNING || layer.tableName().equals(PhotoLayer.TABLE)) {
                continue;
            }
            for (Feature feature : layer.layer().features()) {
                if (feature.geometry() != null && !feature.geometry().isEmpty()) {
                    all.add(new Candidate(layer.tableName(), feature, feature.geometry().getArea()));
                }
            }
        }
        return new PhotoPlacement(List.copyOf(all));
    }

    /** The feature at lon/lat (degrees), else the nearest within {@code withinM} metres; empty when none. */
    public Optional<FeatureRef> featureAt(double lon, double lat, double withinM) {
        Point place = LON_LAT.createPoint(new Coordinate(lon, lat));
        double marginDeg = withinM / (METRES_PER_DEGREE * Math.max(0.2, Math.cos(Math.toRadians(lat)))) * 1.5;
        Envelope reach = new Envelope(lon - marginDeg, lon + marginDeg, lat - marginDeg, lat + marginDeg);
        List<Hit> hits = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Geometry geometry = candidate.feature().geometry();
            if (!geometry.getEnvelopeInternal().intersects(reach)) {
                continue;
            }
            boolean area = geometry.getDimension() == 2;
            double distance = area && geometry.covers(place) ? 0 : distanceM(geometry, place);
            if (distance <= withinM) {
                hits.add(new Hit(new FeatureRef(candidate.table(), candidate.feature().id()), distance, area,
                        candidate.areaDeg2()));
            }
        }
        return hits.stream().min(Comparator.comparing(Hit::area).thenComparingDouble(Hit::distanceM)
                .thenComparingDouble(Hit::areaDeg2)).map(Hit::ref);
    }

    private static double distanceM(Geometry geometry, Point place) {
        Coordinate[] nearest = DistanceOp.nearestPoints(geometry, place);
        return Measure.distanceM(nearest[0].x, nearest[0].y, nearest[1].x, nearest[1].y);
    }
}
