package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Every village point lies inside its own township and outside the salt lake. */
class VillagePlacementTest {

    @Test
    void everyVillageLiesInsideItsOwnTownship() {
        GeneratedYanhu.features("village").forEach(v -> {
            Geometry township = GeneratedYanhu.township(v.text("township_code")).geometry();
            assertThat(township.contains(v.geometry())).as("%s %s inside %s", v.text("code"), v.text("name"),
                    v.text("township")).isTrue();
        });
    }

    @Test
    void noVillageLiesInTheSaltLake() {
        Geometry lake = GeneratedYanhu.layer("salt_lake").features().get(0).geometry();
        GeneratedYanhu.features("village").forEach(v ->
                assertThat(lake.intersects(v.geometry())).as("%s in the lake", v.text("name")).isFalse());
    }
}
