package rectimap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import rectimap.geo.Measure;

class DerivedFieldsTest {
    private static final WKTReader WKT = new WKTReader();
    private static final FeatureType TYPE = new FeatureType("zone", GeometryKind.GEOMETRY, List.of(
            new Field("name", FieldType.TEXT), new Field("area_m2", FieldType.REAL, Derivation.AREA_M2),
            new Field("area_mu", FieldType.REAL, Derivation.AREA_MU),
            new Field("length_m", FieldType.REAL, Derivation.LENGTH_M)));

    @Test
    void aDrawnPolygonGetsItsEllipsoidalAreaInSquareMetresAndMu() throws ParseException {
        Geometry drawn = WKT.read("POLYGON ((110.99 35.02, 111.0 35.02, 111.0 35.03, 110.99 35.03, 110.99 35.02))");

        Feature derived = DerivedFields.recompute(TYPE, new Feature(7, drawn, Map.of("name", "东郭", "area_m2", 1.0)));

        assertThat(derived.get("area_m2")).isEqualTo(Measure.areaM2(drawn));
        assertThat(derived.get("area_mu")).isEqualTo(Measure.m2ToMu(Measure.areaM2(drawn)));
        assertThat(derived.get("length_m")).isEqualTo(Measure.lengthM(drawn));
        assertThat(derived.get("name")).isEqualTo("东郭");
        assertThat(derived.id()).isEqualTo(7);
        assertThat(derived.geometry()).isSameAs(drawn);
    }

    @Test
    void aPointHasNoAreaAndNoLength() throws ParseException {
        Feature derived = DerivedFields.recompute(TYPE, new Feature(1, WKT.read("POINT (111 35)"), Map.of()));

        assertThat(derived.attributes()).containsEntry("area_m2", null).containsEntry("area_mu", null)
                .containsEntry("length_m", null);
    }

    @Test
    void aLineHasALengthButNoArea() throws ParseException {
        Geometry line = WKT.read("MULTILINESTRING ((111 35, 111.01 35))");

        Feature derived = DerivedFields.recompute(TYPE, new Feature(1, line, Map.of()));

        assertThat((Double) derived.get("length_m")).isEqualTo(Measure.lengthM(line)).isBetween(900.0, 930.0);
        assertThat(derived.get("area_m2")).isNull();
    }
}
