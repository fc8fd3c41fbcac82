package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

class GeoPackageStoreRoundTripTest {
    /** Every geometry kind; WKT written as JTS writes it, so the text must come back identical. */
    static final Map<GeometryKind, List<String>> WKT_BY_KIND = Map.of(
            GeometryKind.POINT, List.of("POINT (110.993 35.023)", "POINT (111.0000001 34.9999999)", "POINT EMPTY"),
            GeometryKind.LINESTRING, List.of("LINESTRING (110.8 34.95, 110.85 35, 110.95 35.02)",
                    "LINESTRING (111 35, 111.1 35.1)", "LINESTRING EMPTY"),
            GeometryKind.POLYGON, List.of(
                    "POLYGON ((110.9 35, 111.1 35, 111.1 35.2, 110.9 35.2, 110.9 35), "
                            + "(110.98 35.05, 111.02 35.05, 111.02 35.08, 110.98 35.08, 110.98 35.05))",
                    "POLYGON ((111.2 35, 111.3 35, 111.3 35.1, 111.2 35))", "POLYGON EMPTY"),
            GeometryKind.MULTIPOINT, List.of("MULTIPOINT ((111 35), (111.1 35.1))", "MULTIPOINT ((110.7 34.8))",
                    "MULTIPOINT EMPTY"),
            GeometryKind.MULTILINESTRING, List.of("MULTILINESTRING ((111 35, 111.1 35.1), (111.2 35, 111.3 35.1))",
                    "MULTILINESTRING ((110.8 34.9, 110.81 34.91))", "MULTILINESTRING EMPTY"),
            GeometryKind.MULTIPOLYGON, List.of(
                    "MULTIPOLYGON (((111 35, 111.1 35, 111.1 35.1, 111 35)), ((111.2 35, 111.3 35, 111.3 35.1, 111.2 35)))",
                    "MULTIPOLYGON (((110.9 35, 111.1 35, 111.1 35.2, 110.9 35), "
                            + "(111.04 35.05, 111.06 35.05, 111.06 35.07, 111.04 35.05)))",
                    "MULTIPOLYGON EMPTY"),
            GeometryKind.GEOMETRY, List.of("POINT (111 35)", "POLYGON ((111.2 35, 111.3 35, 111.3 35.1, 111.2 35))",
                    "GEOMETRYCOLLECTION (POINT (111 35), LINESTRING (111 35, 111.1 35.1))"));

    @TempDir
    Path dir;

    @Test
    void everyGeometryKindAndFieldTypeRoundTripsWithChineseText() {
        Path file = dir.resolve("往返.gpkg");
        List<Layer> written = WKT_BY_KIND.entrySet().stream()
                .map(e -> FixtureLayers.layer("t_" + e.getKey().name().toLowerCase(), e.getKey(),
                        "图层 " + e.getKey().gpkgName(), e.getValue().toArray(String[]::new)))
                .toList();
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            written.forEach(store::write);
        }

        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(store.layers()).containsExactlyElementsOf(written.stream().map(Layer::info).toList());
            for (Layer expected : written) {
                Layer read = store.load(expected.tableName());
                assertThat(read.info()).isEqualTo(expected.info());
                assertThat(read.features()).extracting(Feature::id)
                        .containsExactlyElementsOf(expected.features().stream().map(Feature::id).toList());
                for (int i = 0; i < expected.features().size(); i++) {
                    Feature want = expected.features().get(i);
                    Feature got = read.features().get(i);
                    assertThat(got.geometry().toText()).as("%s #%d", expected.tableName(), want.id())
                            .isEqualTo(WKT_BY_KIND.get(expected.info().type().geometryKind()).get(i));
                    assertThat(got.geometry().getSRID()).isEqualTo(4490);
                    assertThat(got.attributes()).isEqualTo(want.attributes());
                }
            }
        }
    }

    @Test
    void titleRoleProvenanceAndNoteRoundTrip() {
        Path file = dir.resolve("roles.gpkg");
        LayerInfo reference = new LayerInfo(new FeatureType("district", GeometryKind.MULTIPOLYGON, FixtureLayers.FIELDS),
                "盐湖区界", LayerRole.REFERENCE, Provenance.SURVEYED, "", 4490);
        LayerInfo planning = new LayerInfo(new FeatureType("zone_gk", GeometryKind.POLYGON, List.of()),
                "责任区（高斯投影）", LayerRole.PLANNING, Provenance.SCHEMATIC, "几何为示意；坐标 EPSG:4546", 4546);
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(new Layer(reference, List.of()));
            store.write(new Layer(planning, List.of(new Feature(7, FixtureLayers.feature(7,
                    "POLYGON ((500000 3874592, 500100 3874592, 500100 3874700, 500000 3874592))", 0).geometry(),
                    Map.of()))));
        }

        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_WRITE)) {
            assertThat(store.layers()).containsExactly(reference, planning);
            assertThat(store.load("zone_gk").features().get(0).geometry().getSRID()).isEqualTo(4546);
            assertThat(store.load("district").features()).isEmpty();
        }
    }

    @Test
    void rewritingALayerReplacesItsFeaturesAndKeepsItsPlace() {
        Path file = dir.resolve("replace.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("a", GeometryKind.POINT, "甲", "POINT (111 35)", "POINT (111.1 35)"));
            store.write(FixtureLayers.layer("b", GeometryKind.POINT, "乙", "POINT (111 35)"));

            store.write(FixtureLayers.layer("a", GeometryKind.LINESTRING, "甲（新）", "LINESTRING (111 35, 111.2 35.2)"));

            assertThat(store.layers()).extracting(LayerInfo::title).containsExactly("甲（新）", "乙");
            assertThat(store.load("a").features()).singleElement()
                    .satisfies(f -> assertThat(f.geometry().toText()).isEqualTo("LINESTRING (111 35, 111.2 35.2)"));
            assertThat(store.query("a", new org.locationtech.jts.geom.Envelope(111.05, 111.06, 35.05, 35.06)))
                    .extracting(Feature::id).containsExactly(1L);
        }
    }

    @Test
    void aRejectedLayerLeavesTheFileAsItWas() {
        Path file = dir.resolve("reject.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("a", GeometryKind.POINT, "甲", "POINT (111 35)"));
            Layer wrongKind = FixtureLayers.layer("a", GeometryKind.POINT, "甲", "LINESTRING (111 35, 111.1 35)");

            assertThatThrownBy(() -> store.write(wrongKind)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("LINESTRING");

            assertThat(store.load("a").features()).singleElement()
                    .satisfies(f -> assertThat(f.geometry().toText()).isEqualTo("POINT (111 35)"));
        }
    }
}
