package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;

/** Our GeoPackages in GDAL's tools, and GDAL's GeoPackages in our store. */
class GeoPackageGdalInteropTest {
    @TempDir
    Path dir;

    @BeforeEach
    void gdalIsThere() {
        GdalTools.requireGdal();
    }

    /**
     * Every geometry kind; with {@code EMPTY} geometries only when asked, since GDAL 3.6's validator tests the
     * wrong header bit for emptiness (bit 3 instead of the spec's bit 4) and rejects GDAL's own empty geometries,
     * which carry the same header bytes as ours.
     */
    private Path writeEveryKind(Empties empties) {
        Path file = dir.resolve("every-kind-" + empties + ".gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            GeoPackageStoreRoundTripTest.WKT_BY_KIND.forEach((kind, wkts) -> store.write(FixtureLayers.layer(
                    "t_" + kind.name().toLowerCase(), kind, "图层 " + kind.gpkgName(), wkts.stream()
                            .filter(wkt -> empties == Empties.INCLUDED || !wkt.endsWith("EMPTY"))
                            .toArray(String[]::new))));
        }
        return file;
    }

    private enum Empties { INCLUDED, LEFT_OUT }

    @Test
    void validatorAcceptsOurFile() {
        Path file = writeEveryKind(Empties.LEFT_OUT);

        GdalTools.Run run = GdalTools.validateGpkg(file);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).as("warnings").isBlank();
    }

    @Test
    void gdalReadsOurEmptyGeometriesAsEmpty() {
        Path file = writeEveryKind(Empties.INCLUDED);

        String output = GdalTools.ogrinfo("-q", file.toString(), "t_polygon", "t_point", "t_multilinestring")
                .requireSuccess().output();

        assertThat(output).contains("POLYGON EMPTY").contains("POINT EMPTY").contains("MULTILINESTRING EMPTY");
    }

    @Test
    void ogrinfoListsEveryLayerWithItsFeatureCount() {
        Path file = writeEveryKind(Empties.INCLUDED);

        Map<String, Long> counts = GdalTools.featureCounts(file);

        Map<String, Long> expected = new LinkedHashMap<>();
        GeoPackageStoreRoundTripTest.WKT_BY_KIND.forEach((kind, wkts) ->
                expected.put("t_" + kind.name().toLowerCase(), (long) wkts.size()));
        assertThat(counts).isEqualTo(expected);
    }

    @Test
    void ogrinfoShowsChineseValuesTitleAndCrsIntact() {
        Path file = dir.resolve("村庄.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("village", GeometryKind.POINT, "村庄（示意）", "POINT (110.993 35.023)"));
        }

        String output = GdalTools.ogrinfo(file.toString(), "village").requireSuccess().output();

        assertThat(output).contains("name (String) = 解州镇·西张耿村 1 号 \"引号\" 'apostrophe'")
                .contains("code (Integer64) = 140802101217")
                .contains("since (Date) = 2024/02/07")
                .contains("POINT (110.993 35.023)")
                .contains("China Geodetic Coordinate System 2000");
        String sql = GdalTools.ogrinfo(file.toString(), "-sql",
                "SELECT identifier, description FROM gpkg_contents").requireSuccess().output();
        assertThat(sql).contains("identifier (String) = 村庄（示意）").contains("示意几何，非测绘成果 (village)");
    }

    @Test
    void spatialReferenceDefinitionsAreGdalsOwn() {
        for (int epsg : new int[] {4326, 4490, 4546, 4513, 4534, 4554}) {
            String gdal = GdalTools.gdalsrsinfo("-o", "wkt1", "EPSG:" + epsg).requireSuccess().output();

            assertThat(SpatialRefSys.ofEpsg(epsg).orElseThrow().definitionWkt()).as("EPSG:%d", epsg)
                    .isEqualTo(gdal.replaceAll("\\s*\\n\\s*", "").trim());
        }
    }

    @Test
    void gdalWrittenGeoPackageOpensWithTheRightValues() throws IOException {
        Path geojson = dir.resolve("villages.geojson");
        Files.writeString(geojson, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"名称": "雷家坡村", "code": 140802101207, "area": 1520.25,
                   "since": "2023-06-30"}, "geometry": {"type": "Point", "coordinates": [110.95, 35.08]}},
                 {"type": "Feature", "properties": {"名称": "牛庄村", "code": 140802205204, "area": null,
                   "since": null}, "geometry": {"type": "Point", "coordinates": [111.12, 34.9]}}
                ]}""");
        Path gpkg = dir.resolve("from-gdal.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", "-a_srs", "EPSG:4490", "-nln", "示范村", gpkg.toString(), geojson.toString())
                .requireSuccess();

        try (GeoPackageStore store = GeoPackageStore.open(gpkg, AccessMode.READ_ONLY)) {
            LayerInfo info = store.layers().get(0);
            assertThat(info.tableName()).isEqualTo("示范村");
            assertThat(info.title()).isEqualTo("示范村");
            assertThat(info.role()).isEqualTo(LayerRole.REFERENCE);
            assertThat(info.provenance()).isEqualTo(Provenance.SURVEYED);
            assertThat(info.srid()).isEqualTo(4490);
            assertThat(info.type().geometryKind()).isEqualTo(GeometryKind.POINT);

            List<Feature> features = store.load("示范村").features();
            assertThat(features).extracting(Feature::id).containsExactly(1L, 2L);
            assertThat(features.get(0).geometry().toText()).isEqualTo("POINT (110.95 35.08)");
            assertThat(features.get(0).attributes()).containsEntry("名称", "雷家坡村")
                    .containsEntry("code", 140802101207L).containsEntry("area", 1520.25)
                    .containsEntry("since", LocalDate.of(2023, 6, 30));
            assertThat(features.get(1).attributes()).containsEntry("名称", "牛庄村")
                    .containsEntry("area", null).containsEntry("since", null);
            assertThat(store.query("示范村", new Envelope(111.1, 111.2, 34.8, 35.0)))
                    .extracting(Feature::id).containsExactly(2L);
        }
    }

    @Test
    void layerAddedToAGdalFileKeepsItValidAndVisibleToGdal() throws IOException {
        Path geojson = dir.resolve("roads.geojson");
        Files.writeString(geojson, """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"名称": "运临路"},
                 "geometry": {"type": "LineString", "coordinates": [[110.99, 35.02], [110.9, 35.1]]}}]}""");
        Path gpkg = dir.resolve("gdal-then-ours.gpkg");
        GdalTools.ogr2ogr("-f", "GPKG", "-a_srs", "EPSG:4490", "-nln", "road", gpkg.toString(), geojson.toString())
                .requireSuccess();

        try (GeoPackageStore store = GeoPackageStore.open(gpkg, AccessMode.READ_WRITE)) {
            Layer villages = FixtureLayers.layer("village", GeometryKind.POINT, "村庄", "POINT (111 35)", "POINT (111.1 35)");
            store.write(villages);
            assertThat(store.layers()).extracting(LayerInfo::tableName).containsExactly("road", "village");
            assertThat(store.layers().get(1).role()).isEqualTo(LayerRole.PLANNING);
        }

        assertThat(GdalTools.featureCounts(gpkg)).containsExactly(Map.entry("road", 1L), Map.entry("village", 2L));
        GdalTools.Run validation = GdalTools.validateGpkg(gpkg);
        assertThat(validation.exitCode()).as(validation.output()).isZero();
    }
}
