package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * A layer bigger than one decoding batch (rows are decoded on a second thread in batches of 2,048) reads back
 * complete, in id order, with every value; a broken geometry in a later batch fails the read naming the feature.
 */
class BigLayerReadTest {
    private static final int FEATURES = 5_000;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @TempDir
    Path dir;

    @Test
    void everyRowReadsBackInOrderAcrossDecodingBatches() {
        Path file = dir.resolve("big.gpkg");
        Layer written = layer();
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(written);
        }
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            Layer read = store.load("parcel");
            assertThat(read.features()).hasSize(FEATURES);
            for (int i = 0; i < FEATURES; i++) {
                Feature expected = written.features().get(i);
                Feature actual = read.features().get(i);
                assertThat(actual.id()).isEqualTo(expected.id());
                assertThat(actual.geometry().equalsExact(expected.geometry())).isTrue();
                assertThat(actual.attributes()).isEqualTo(expected.attributes());
            }
            List<Feature> east = store.query("parcel", new Envelope(111.05, 111.2, 34, 36));
            assertThat(east).isNotEmpty().allMatch(f -> f.geometry().getEnvelopeInternal().getMaxX() >= 111.05);
            assertThat(east).isSortedAccordingTo((a, b) -> Long.compare(a.id(), b.id()));
        }
    }

    @Test
    void aBrokenGeometryInALaterBatchNamesItsFeature() throws Exception {
        Path file = dir.resolve("broken.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(layer());
        }
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = sqlite.createStatement()) {
            // The R-tree triggers call GeoPackage SQL functions a plain connection lacks; the damage is the point.
            List<String> triggers = new ArrayList<>();
            try (var rows = sql.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
                while (rows.next()) {
                    triggers.add(rows.getString(1));
                }
            }
            for (String trigger : triggers) {
                sql.execute("DROP TRIGGER \"" + trigger + "\"");
            }
            sql.execute("UPDATE parcel SET geom = X'47500001E61100000102' WHERE fid = 4321");
        }
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            StoreException e = catchThrowableOfType(StoreException.class, () -> store.load("parcel"));
            assertThat(e.problem()).isEqualTo(StoreProblem.CORRUPT);
            assertThat(e.getMessage()).contains("feature 4321");
        }
    }

    private static Layer layer() {
        List<Feature> features = new ArrayList<>();
        for (int i = 1; i <= FEATURES; i++) {
            double x = 110.8 + (i % 100) * 0.004;
            double y = 34.9 + (i / 100) * 0.004;
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", "地块 " + i);
            values.put("count", (long) i);
            values.put("area", i * 1.5);
            values.put("since", LocalDate.of(2025, 1, 1).plusDays(i % 300));
            features.add(new Feature(i, FACTORY.createPolygon(new Coordinate[] {new Coordinate(x, y),
                    new Coordinate(x + 0.002, y), new Coordinate(x + 0.002, y + 0.002), new Coordinate(x, y)}),
                    values));
        }
        FeatureType type = new FeatureType("parcel", GeometryKind.POLYGON, List.of(new Field("name", FieldType.TEXT),
                new Field("count", FieldType.INTEGER), new Field("area", FieldType.REAL),
                new Field("since", FieldType.DATE)));
        return new Layer(new LayerInfo(type, "地块", LayerRole.REFERENCE, Provenance.SURVEYED, "", 4490), features);
    }
}
