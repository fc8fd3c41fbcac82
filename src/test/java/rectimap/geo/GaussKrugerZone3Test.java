package rectimap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import rectimap.geo.GaussKrugerZone3.EastingForm;

class GaussKrugerZone3Test {

    @Test
    void displayCodeIsZone37WithoutPrefix() {
        GaussKrugerZone3 zone = GaussKrugerZone3.ofEpsg(Epsg.CGCS2000_GK_CM_111E).orElseThrow();

        assertThat(zone).isEqualTo(new GaussKrugerZone3(37, EastingForm.PLAIN));
        assertThat(zone.centralMeridianDeg()).isEqualTo(111);
        assertThat(GaussKrugerZone3.containing(110.99, EastingForm.PLAIN).epsg()).isEqualTo(4546);
    }

    @Test
    void rangeEndsMapBothWays() {
        assertThat(GaussKrugerZone3.ofEpsg(4513)).contains(new GaussKrugerZone3(25, EastingForm.ZONE_PREFIXED));
        assertThat(GaussKrugerZone3.ofEpsg(4533)).contains(new GaussKrugerZone3(45, EastingForm.ZONE_PREFIXED));
        assertThat(GaussKrugerZone3.ofEpsg(4534)).contains(new GaussKrugerZone3(25, EastingForm.PLAIN));
        assertThat(GaussKrugerZone3.ofEpsg(4554)).contains(new GaussKrugerZone3(45, EastingForm.PLAIN));
        assertThat(GaussKrugerZone3.ofEpsg(4512)).isEmpty();
        assertThat(GaussKrugerZone3.ofEpsg(4555)).isEmpty();
        assertThat(GaussKrugerZone3.ofEpsg(Epsg.CGCS2000)).isEmpty();
    }

    @Test
    void everyCodeProjectsItsCentralMeridianOntoItsFalseEasting() {
        // Checks our zone arithmetic against proj4j-epsg's definitions of all 42 codes.
        for (int epsg = 4513; epsg <= 4554; epsg++) {
            GaussKrugerZone3 zone = GaussKrugerZone3.ofEpsg(epsg).orElseThrow();
            assertThat(zone.epsg()).isEqualTo(epsg);

            Coordinate onMeridian = CrsTransform.between(Epsg.CGCS2000, epsg).apply(zone.centralMeridianDeg(), 35.0);

            assertThat(onMeridian.x).as("EPSG:%d", epsg).isCloseTo(zone.falseEastingM(), within(0.001));
            assertThat(onMeridian.y).as("EPSG:%d", epsg).isCloseTo(3_874_592.902, within(0.001));
        }
    }
}
