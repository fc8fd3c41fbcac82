package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import rectimap.exchange.shapefile.ShapefileFixtureAccess;
import rectimap.exchange.shapefile.ShapefileSource;
import rectimap.model.Feature;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerRole;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageStore;

/**
 * A GDAL-written Shapefile streamed into a project as a new layer ({@link StreamedNewLayer}, the path of the app's
 * wizard and the command line), read back by us and by GDAL; a failure halfway or a cancel leaves the file as it was.
 */
class StreamedNewLayerTest {
    @TempDir
    Path folder;

    private Path project() {
        Path file = folder.resolve("project.gpkg");
        GeoPackageStore.create(file).close();
        return file;
    }

    @Test
    void aProjectedGbkShapefileBecomesALayerInLonLatThatGdalReads() throws Exception {
        Path project = project();
        Path shp = ShapefileFixtureAccess.make(folder, "乡镇", 4546);
        NewLayerOutcome outcome;
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE);
             ShapefileSource source = ShapefileSource.open(shp)) {
            outcome = StreamedNewLayer.run(store, source, plan(shp, "乡镇", LayerRole.REFERENCE,
                    InvalidGeometryPolicy.REPAIR), ImportProgress.NONE);
        }
        assertThat(outcome.tableName()).isEqualTo("乡镇");
        assertThat(outcome.withoutGeometry()).isEqualTo(1);
        long expected = ShapefileFixtureAccess.expectedCount() - 1;
        assertThat(outcome.imported()).isEqualTo(expected);
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load("乡镇");
            assertThat(layer.info().type().geometryKind()).isEqualTo(GeometryKind.MULTIPOLYGON);
            assertThat(layer.info().srid()).isEqualTo(4490);
            Feature first = layer.features().get(0);
            assertThat(first.get("名称")).isEqualTo("解州镇");
            assertThat(first.get("日期")).isEqualTo(LocalDate.of(2023, 1, 1));
            Geometry lonLat = first.geometry();
            assertThat(lonLat.getEnvelopeInternal().getMinX()).isCloseTo(110.80, within(1e-8));
            assertThat(store.integrityCheck()).containsExactly("ok");
        }
        assertThat(GdalTools.featureCounts(project)).containsEntry("乡镇", expected);
        GdalTools.Run validation = GdalTools.validateGpkg(project);
        assertThat(validation.exitCode()).as(validation.output()).isZero();
        String info = GdalTools.ogrinfo(project.toString(), "乡镇", "-where", "\"名称\" = '北相镇'").requireSuccess()
                .output();
        assertThat(info).contains("北相镇").contains("Feature Count: 1");
    }

    @Test
    void aFailureHalfwayOrACancelLeavesTheProjectFileByteForByteUnchanged() throws Exception {
        Path project = project();
        Path shp = ShapefileFixtureAccess.make(folder, "乡镇", 4490);
        String before = sha256(project);
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE);
             ShapefileSource source = ShapefileSource.open(shp)) {
            FeatureSource failing = new FeatureSource() {
                int served;

                @Override
                public SourceSchema schema() {
                    return source.schema();
                }

                @Override
                public SourceRecord next() throws ExchangeException {
                    if (++served == 15) {
                        throw new ExchangeException(ExchangeProblem.CORRUPT_RECORD, shp, 14, "damaged");
                    }
                    return source.next();
                }

                @Override
                public void close() {
                }
            };
            assertThatThrownBy(() -> StreamedNewLayer.run(store, failing, plan(shp, "乡镇", LayerRole.REFERENCE,
                    InvalidGeometryPolicy.REPAIR), ImportProgress.NONE))
                    .isInstanceOf(ExchangeException.class).hasMessageContaining("record 15");
        }
        assertThat(sha256(project)).isEqualTo(before);
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE);
             ShapefileSource source = ShapefileSource.open(shp)) {
            ImportProgress cancelAtOnce = new ImportProgress() {
                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> StreamedNewLayer.run(store, source, plan(shp, "乡镇", LayerRole.REFERENCE,
                    InvalidGeometryPolicy.REPAIR), cancelAtOnce))
                    .isInstanceOfSatisfying(ExchangeException.class,
                            e -> assertThat(e.problem()).isEqualTo(ExchangeProblem.CANCELLED));
            assertThat(store.layers()).isEmpty();
        }
        assertThat(sha256(project)).isEqualTo(before);
    }

    @Test
    void aSecondImportOfTheSameNameGetsASuffix() throws Exception {
        Path project = project();
        Path shp = ShapefileFixtureAccess.make(folder, "乡镇", 4490);
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE)) {
            for (String expectedName : List.of("乡镇", "乡镇_2")) {
                try (ShapefileSource source = ShapefileSource.open(shp)) {
                    assertThat(StreamedNewLayer.run(store, source, plan(shp, "乡镇", LayerRole.PLANNING,
                    InvalidGeometryPolicy.SKIP), ImportProgress.NONE).tableName()).isEqualTo(expectedName);
                }
            }
            assertThat(store.layers()).hasSize(2);
        }
    }

    /**
     * A GDAL-written GeoJSON (UTF-8, EPSG:4326) with a record without geometry and a bow-tie: the first is left out
     * and counted, the second repaired, both listed with their record numbers; the values arrive typed.
     */
    @Test
    void aGeoJsonRecordWithoutGeometryIsLeftOutAndABowTieRepairedBothNoted() throws Exception {
        Path csv = folder.resolve("片区.csv");
        Files.writeString(csv, """
                WKT,名称,户数
                "POLYGON ((111.0 35.0, 111.01 35.0, 111.01 35.01, 111.0 35.01, 111.0 35.0))",解州镇 1 号片区,120
                ,北相镇 2 号片区,80
                "POLYGON ((111.04 35.0, 111.05 35.01, 111.05 35.0, 111.04 35.01, 111.04 35.0))",龙居镇 3 号片区,45
                """, java.nio.charset.StandardCharsets.UTF_8);
        Path geojson = folder.resolve("片区.geojson");
        GdalTools.ogr2ogr("-f", "GeoJSON", "-a_srs", "EPSG:4326", "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo",
                "KEEP_GEOM_COLUMNS=NO", "-oo", "AUTODETECT_TYPE=YES", geojson.toString(), csv.toString())
                .requireSuccess();
        Path project = project();
        NewLayerOutcome outcome;
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE);
             FeatureSource source = GeoJsonSource.open(geojson)) {
            outcome = StreamedNewLayer.run(store, source, new ImportPlan(geojson, new ImportTarget.NewLayer("片区",
                    "整治片区（导入）", LayerRole.PLANNING), 0, InvalidGeometryPolicy.REPAIR), ImportProgress.NONE);
        }
        assertThat(outcome.imported()).isEqualTo(2);
        assertThat(outcome.withoutGeometry()).isEqualTo(1);
        assertThat(outcome.repaired()).isEqualTo(1);
        assertThat(outcome.skipped()).isZero();
        assertThat(outcome.notes()).extracting(RecordNote::record, RecordNote::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, RecordNote.Action.SKIPPED),
                org.assertj.core.groups.Tuple.tuple(2L, RecordNote.Action.REPAIRED));
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer layer = store.load("片区");
            assertThat(layer.info().title()).isEqualTo("整治片区（导入）");
            assertThat(layer.info().role()).isEqualTo(LayerRole.PLANNING);
            assertThat(layer.features()).extracting(f -> f.text("名称")).containsExactly("解州镇 1 号片区",
                    "龙居镇 3 号片区");
            assertThat(layer.features()).extracting(f -> f.get("户数")).containsExactly(120L, 45L);
            assertThat(layer.features().get(1).geometry().isValid()).isTrue();
        }
        assertThat(GdalTools.featureCounts(project)).containsEntry("片区", 2L);
    }

    private static ImportPlan plan(Path shp, String table, LayerRole role, InvalidGeometryPolicy invalid) {
        return new ImportPlan(shp, new ImportTarget.NewLayer(table, table, role), 0, invalid);
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
