package rectimap.campaign.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.geo.Measure;
import rectimap.model.Feature;

/**
 * Road length without a responsible department, by road level: the parts of each road farther than
 * {@value #MATCH_M} m from every 道路责任段 (segments are drawn by hand along the road, not snapped to it). The
 * matching is done on the EPSG:4546 grid in metres; lengths are measured ellipsoidally on the lon/lat pieces. Pure.
 */
final class RoadCheck {
    /** How far a drawn responsibility segment may lie from the road it stands for, metres. */
    static final double MATCH_M = 20;

    private RoadCheck() {
    }

    static List<RoadLevelCoverage> byLevel(List<Feature> roads, List<Feature> segments) {
        if (roads.isEmpty()) {
            return List.of(); // no levels to list, and no projection to set up for them
        }
        CrsTransform toGrid = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E);
        CrsTransform toLonLat = toGrid.inverse();
        STRtree bands = new STRtree();
        for (Feature segment : segments) {
            Geometry band = toGrid.apply(segment.geometry()).buffer(MATCH_M, 4);
            bands.insert(band.getEnvelopeInternal(), band);
        }
        Map<Long, String> levelByRank = new TreeMap<>();
        Map<String, double[]> lengths = new TreeMap<>();
        for (Feature road : roads) {
            String level = road.text("level").isBlank() ? "未分级" : road.text("level");
            long rank = road.get("level_rank") instanceof Long r ? r : 99;
            levelByRank.putIfAbsent(rank, level);
            double totalM = Measure.lengthM(road.geometry());
            double uncoveredM = totalM;
            Geometry roadM = toGrid.apply(road.geometry());
            List<Geometry> near = new ArrayList<>();
            for (Object band : bands.query(roadM.getEnvelopeInternal())) {
                near.add((Geometry) band);
            }
            if (!near.isEmpty()) {
                Geometry cover = roadM.getFactory().buildGeometry(near).union();
                uncoveredM = Measure.lengthM(toLonLat.apply(roadM.difference(cover)));
            }
            double[] sums = lengths.computeIfAbsent(level, k -> new double[2]);
            sums[0] += totalM;
            sums[1] += Math.min(totalM, uncoveredM);
        }
        List<RoadLevelCoverage> result = new ArrayList<>();
        levelByRank.forEach((rank, level) -> {
            double[] sums = lengths.remove(level);
            if (sums != null) {
                result.add(new RoadLevelCoverage(level, rank, sums[0], sums[1]));
            }
        });
        return result;
    }
}
