package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Which way round a table's x/y columns are, from their ranges alone, and which headers name the coordinate
 * columns. The values are those of the district: (111°E, 35°N) is E 500 000, N 3 874 593 in EPSG:4546.
 */
class SurveyAxesTest {

    @Test
    void aNorthingInTheXColumnIsSwapped() {
        // X = 3.87 million (northing), Y = a 6-digit easting, or an 8-digit one of zone 37.
        assertThat(SurveyAxes.judge(new Envelope(3_874_592.9, 3_878_059.3, 500_000, 504_776.7)))
                .isEqualTo(AxisOrder.X_NORTH);
        assertThat(SurveyAxes.judge(new Envelope(3_874_592.9, 3_878_059.3, 37_500_000, 37_504_776.7)))
                .isEqualTo(AxisOrder.X_NORTH);
        // Latitude in x, longitude in y.
        assertThat(SurveyAxes.judge(new Envelope(35.0, 35.03, 111.0, 111.05))).isEqualTo(AxisOrder.X_NORTH);
    }

    @Test
    void gisOrderAndAmbiguousRangesAreKept() {
        assertThat(SurveyAxes.judge(new Envelope(500_000, 504_776.7, 3_874_592.9, 3_878_059.3)))
                .isEqualTo(AxisOrder.X_EAST);
        assertThat(SurveyAxes.judge(new Envelope(37_500_000, 37_504_776.7, 3_874_592.9, 3_878_059.3)))
                .isEqualTo(AxisOrder.X_EAST);
        assertThat(SurveyAxes.judge(new Envelope(111.0, 111.05, 35.0, 35.03))).isEqualTo(AxisOrder.X_EAST);
        // Far south (Hainan): both columns between 300 000 and 850 000 could be either; keep the table's order.
        assertThat(SurveyAxes.judge(new Envelope(420_000, 430_000, 600_000, 610_000))).isEqualTo(AxisOrder.X_EAST);
        // Local coordinates that fit no grid, and no coordinates at all.
        assertThat(SurveyAxes.judge(new Envelope(1_000, 2_000, 3_000, 4_000))).isEqualTo(AxisOrder.X_EAST);
        assertThat(SurveyAxes.judge(new Envelope())).isEqualTo(AxisOrder.X_EAST);
    }

    @Test
    void headersInChineseAndEnglishWithUnitsNameTheColumns() {
        assertThat(CoordinateColumns.byName(List.of("点号", "X坐标（m）", "Y坐标（m）"), CoordinateColumns.X_NAMES))
                .isEqualTo(1);
        assertThat(CoordinateColumns.byName(List.of("点号", "X坐标（m）", "Y坐标（m）"), CoordinateColumns.Y_NAMES))
                .isEqualTo(2);
        // 纵坐标 (the surveyor's X) is the northing, 横坐标 the easting, whatever their order in the table.
        List<String> survey = List.of("纵坐标", "横坐标", "名称");
        assertThat(CoordinateColumns.byName(survey, CoordinateColumns.X_NAMES)).isEqualTo(1);
        assertThat(CoordinateColumns.byName(survey, CoordinateColumns.Y_NAMES)).isEqualTo(0);
        assertThat(CoordinateColumns.byName(List.of("名称", "经度(°)", "纬度(°)"), CoordinateColumns.X_NAMES))
                .isEqualTo(1);
        assertThat(CoordinateColumns.byName(List.of("北坐标", "东坐标"), CoordinateColumns.X_NAMES)).isEqualTo(1);
        assertThat(CoordinateColumns.byName(List.of(" Longitude ", "Latitude"), CoordinateColumns.X_NAMES))
                .isZero();
        assertThat(CoordinateColumns.byName(List.of("名称", "地址"), CoordinateColumns.X_NAMES)).isEqualTo(-1);
    }
}
