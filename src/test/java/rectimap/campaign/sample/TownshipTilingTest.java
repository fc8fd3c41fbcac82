package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import rectimap.model.Feature;

/** The 22 township polygons tile the district exactly: no overlap, no gap, union equals the district. */
class TownshipTilingTest {

    private static List<Geometry> townships() {
        return GeneratedYanhu.features("township").map(Feature::geometry).toList();
    }

    @Test
    void townshipsOverlapNowhere() {
        List<Geometry> townships = townships();
        for (int i = 0; i < townships.size(); i++) {
            for (int j = i + 1; j < townships.size(); j++) {
                assertThat(townships.get(i).intersection(townships.get(j)).getArea())
                        .as("overlap of townships %d and %d in square degrees", i, j).isZero();
            }
        }
    }

    @Test
    void unionOfTownshipsIsTheDistrict() {
        Geometry union = UnaryUnionOp.union(townships());
        assertThat(union.symDifference(GeneratedYanhu.district()).getArea()).isZero();
    }

    @Test
    void townshipsFormACleanCoverage() {
        Geometry[] invalidEdges = CoverageValidator.validate(townships().toArray(Geometry[]::new));
        for (Geometry invalid : invalidEdges) {
            assertThat(invalid).as("invalid coverage edges").isNull();
        }
        assertThat(townships()).allMatch(Geometry::isValid);
    }

    @Test
    void everySeatLiesInItsOwnTownship() {
        GeneratedYanhu.features("township").forEach(t -> assertThat(t.geometry().contains(
                t.geometry().getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(
                        (Double) t.get("seat_lon"), (Double) t.get("seat_lat")))))
                .as("seat of %s inside it", t.text("name")).isTrue());
    }
}
