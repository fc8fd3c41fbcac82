package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

/** The eight 街道 are urban: their seats cluster within about 8 km of the district seat (110.993 E, 35.023 N). */
class UrbanClusterTest {
    private static final double DISTRICT_SEAT_LON = 110.993;
    private static final double DISTRICT_SEAT_LAT = 35.023;

    @Test
    void subdistrictSeatsLieWithin8KmOfTheDistrictSeat() {
        assertThat(GeneratedYanhu.features("township").filter(f -> f.text("kind").equals("街道"))).hasSize(8)
                .allSatisfy(f -> {
                    double distanceM = Geodesic.WGS84.Inverse(DISTRICT_SEAT_LAT, DISTRICT_SEAT_LON,
                            (Double) f.get("seat_lat"), (Double) f.get("seat_lon")).s12;
                    assertThat(distanceM).as("%s seat from the district seat, m", f.text("name"))
                            .isLessThan(8000);
                });
    }
}
