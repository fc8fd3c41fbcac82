package rectimap.campaign.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import rectimap.geo.Measure;

/**
 * The district's extent and ellipsoidal area (CGCS2000, {@link Measure}) are close to the real district's:
 * 110.73–111.18 E, 34.82–35.37 N and 1,205 km².
 */
class DistrictExtentAndAreaTest {

    @Test
    void extentIsWithin003DegreesOfTheRealOne() {
        Envelope extent = GeneratedYanhu.district().getEnvelopeInternal();
        assertThat(extent.getMinX()).isCloseTo(110.73, within(0.03));
        assertThat(extent.getMaxX()).isCloseTo(111.18, within(0.03));
        assertThat(extent.getMinY()).isCloseTo(34.82, within(0.03));
        assertThat(extent.getMaxY()).isCloseTo(35.37, within(0.03));
    }

    @Test
    void ellipsoidalAreaIsWithin5PercentOf1205Km2() {
        double areaKm2 = Measure.areaM2(GeneratedYanhu.district()) / 1e6;
        assertThat(areaKm2).isCloseTo(1205, within(1205 * 0.05));
    }
}
