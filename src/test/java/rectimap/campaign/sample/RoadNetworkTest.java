package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import rectimap.model.Feature;

/** The road network has all six levels and connects every township seat. */
class RoadNetworkTest {
    /** Snapping tolerance in degrees (about 1 cm): roads that meet or cross closer than this are joined. */
    private static final double SNAP_DEGREES = 1e-7;

    @Test
    void roadNetworkConnectsEveryTownshipSeat() {
        List<Geometry> roads = GeneratedYanhu.features("road").map(Feature::geometry).toList();
        int[] component = components(roads);
        GeometryFactory factory = roads.get(0).getFactory();
        List<Integer> seatComponents = new ArrayList<>();
        GeneratedYanhu.features("township").forEach(t -> {
            Geometry seat = factory.createPoint(new Coordinate((Double) t.get("seat_lon"), (Double) t.get("seat_lat")));
            int touching = -1;
            for (int r = 0; r < roads.size(); r++) {
                if (roads.get(r).distance(seat) <= SNAP_DEGREES) {
                    touching = component[r];
                }
            }
            assertThat(touching).as("a road reaches the seat of %s", t.text("name")).isNotNegative();
            seatComponents.add(touching);
        });
        assertThat(seatComponents.stream().distinct()).as("network components holding the seats").hasSize(1);
    }

    @Test
    void allSixRoadLevelsArePresentWithTheirRanks() {
        Map<String, List<Long>> ranksByLevel = GeneratedYanhu.features("road").collect(Collectors.groupingBy(
                f -> f.text("level"), Collectors.mapping(f -> (Long) f.get("level_rank"), Collectors.toList())));
        assertThat(ranksByLevel).containsOnlyKeys("高速公路", "国道", "省道", "县道", "乡道", "村道");
        assertThat(ranksByLevel.get("高速公路")).containsOnly(1L);
        assertThat(ranksByLevel.get("国道")).containsOnly(2L);
        assertThat(ranksByLevel.get("省道")).containsOnly(3L);
        assertThat(ranksByLevel.get("县道")).containsOnly(4L);
        assertThat(ranksByLevel.get("乡道")).containsOnly(5L);
        assertThat(ranksByLevel.get("村道")).containsOnly(6L);
    }

    /** Union-find over roads: two roads are joined when they come within the snapping tolerance. */
    private static int[] components(List<Geometry> roads) {
        int[] parent = new int[roads.size()];
        STRtree index = new STRtree();
        for (int r = 0; r < roads.size(); r++) {
            parent[r] = r;
            index.insert(roads.get(r).getEnvelopeInternal(), r);
        }
        for (int r = 0; r < roads.size(); r++) {
            Envelope search = new Envelope(roads.get(r).getEnvelopeInternal());
            search.expandBy(SNAP_DEGREES);
            for (Object hit : index.query(search)) {
                int other = (Integer) hit;
                if (other != r && roads.get(r).distance(roads.get(other)) <= SNAP_DEGREES) {
                    parent[root(parent, r)] = root(parent, other);
                }
            }
        }
        int[] component = new int[roads.size()];
        for (int r = 0; r < roads.size(); r++) {
            component[r] = root(parent, r);
        }
        return component;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
