package rectimap.exchange.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rectimap.exchange.CrsCertainty;

class PrjCrsTest {
    private static final String GEOGCS = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
            + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private static int epsg(String wkt) {
        return PrjCrs.read(wkt).crs().epsg();
    }

    @Test
    void esriNamesAloneMapToTheirCodes() {
        assertThat(epsg("PROJCS[\"CGCS2000_3_Degree_GK_CM_111E\"," + GEOGCS + "]")).isEqualTo(4546);
        assertThat(epsg("PROJCS[\"CGCS2000_3_Degree_GK_Zone_37\"," + GEOGCS + "]")).isEqualTo(4525);
        assertThat(epsg("PROJCS[\"CGCS2000_3_Degree_GK_Zone_25\"," + GEOGCS + "]")).isEqualTo(4513);
        assertThat(epsg("PROJCS[\"CGCS2000_3_Degree_GK_Zone_45\"," + GEOGCS + "]")).isEqualTo(4533);
        assertThat(epsg("PROJCS[\"CGCS2000_GK_CM_111E\"," + GEOGCS + "]")).isEqualTo(4508);
        assertThat(epsg("PROJCS[\"CGCS2000_GK_Zone_19\"," + GEOGCS + "]")).isEqualTo(4497);
        assertThat(epsg(GEOGCS)).isEqualTo(4490);
        assertThat(epsg("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\"]]")).isEqualTo(4326);
        assertThat(PrjCrs.read(GEOGCS).crs().certainty()).isEqualTo(CrsCertainty.DECLARED);
    }

    @Test
    void parametersWinOverARenamedProjection() {
        String renamed = "PROJCS[\"运城测量\"," + GEOGCS + ",PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\","
                + "37500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",111.0],"
                + "PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertThat(epsg(renamed)).isEqualTo(4525);
        assertThat(PrjCrs.read(renamed).crs().description()).isEqualTo("运城测量");
    }

    @Test
    void anOgcWktWithAnAuthorityAndQgisStyleNamesMap() {
        assertThat(epsg("PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 111E\",GEOGCS[\"China Geodetic Coordinate"
                + " System 2000\",AUTHORITY[\"EPSG\",\"4490\"]],AUTHORITY[\"EPSG\",\"4546\"]]")).isEqualTo(4546);
        assertThat(epsg("PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger zone 38\",GEOGCS[\"China Geodetic Coordinate"
                + " System 2000\"]]")).isEqualTo(4526);
        assertThat(epsg("PROJCS[\"WGS_1984_UTM_Zone_49N\",GEOGCS[\"GCS_WGS_1984\"]]")).isEqualTo(32649);
    }

    @Test
    void xian80AndBeijing54AreRecognisedButRefused() {
        PrjCrs.Reading xian = PrjCrs.read("PROJCS[\"Xian_1980_3_Degree_GK_CM_111E\",GEOGCS[\"GCS_Xian_1980\"]]");
        assertThat(xian.unsupported()).contains("Xian 1980").contains("Xian_1980_3_Degree_GK_CM_111E");
        assertThat(xian.crs().isKnown()).isFalse();
        assertThat(PrjCrs.read("GEOGCS[\"GCS_Beijing_1954\"]").unsupported()).contains("Beijing 1954");
        assertThat(PrjCrs.read("PROJCS[\"Local\",GEOGCS[\"Unknown\"]]").crs().certainty())
                .isEqualTo(CrsCertainty.UNKNOWN);
    }
}
