package rectimap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.ExchangeProblem;
import rectimap.exchange.GeoPackageExchange;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportTarget;
import rectimap.exchange.InvalidGeometryPolicy;
import rectimap.exchange.NewLayerImport;
import rectimap.exchange.NewLayerOutcome;
import rectimap.exchange.SourceOpener;
import rectimap.exchange.SourceOptions;
import rectimap.model.ChangeSet;
import rectimap.exchange.GdalPolygonShapefile;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.Provenance;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackageJournal;
import rectimap.store.GeoPackageStore;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * The app's streamed new-layer import ({@link StoredProjectFile#importNewLayer}) on a real project opened for
 * editing, its journal open: a GDAL-made GBK Shapefile of 3,000 parcels in EPSG:4546 goes in while edits are
 * submitted before, during and right after it (they queue behind the import and are all written); a cancel and a
 * bad record in the middle leave the file byte for byte as it was, and the journal goes on writing.
 */
class StreamedImportFileTest {
    private static final int PARCELS = 3_000;
    private static final String ZONES = "zone_area";

    @TempDir
    Path dir;

    @Test
    void aGbkShapefileStreamsIntoANewLayerWhileTheJournalWritesEditsBeforeDuringAndAfter() throws Exception {
        Path shp = GdalPolygonShapefile.write(dir, "地块", PARCELS);
        Path project = projectWithOneZone();
        AtomicLong lastWritten = new AtomicLong();
        AtomicLong total = new AtomicLong();
        NewLayerOutcome outcome;
        try (ProjectFile file = ProjectFiles.open(project)) {
            StoredProjectFile open = new StoredProjectFile(file);
            GeoPackageJournal journal = file.journal().orElseThrow();
            CompletableFuture<Void> before = journal.recordDone(addZone(2));
            CompletableFuture<NewLayerOutcome> imported = open.importNewLayer(request(shp, "地块", "测绘地块"),
                    new ImportProgress() {
                        @Override
                        public void advanced(long done, long of) {
                            lastWritten.set(done);
                            total.set(of);
                        }
                    });
            CompletableFuture<Void> during = journal.recordDone(addZone(3));
            outcome = imported.join();
            during.join();
            before.join();
            journal.recordDone(addZone(4)).join();
        }
        assertThat(outcome.tableName()).isEqualTo("地块");
        assertThat(outcome.title()).isEqualTo("测绘地块");
        assertThat(outcome.imported()).isEqualTo(PARCELS);
        assertThat(outcome.repaired() + outcome.skipped() + outcome.withoutGeometry()).isZero();
        assertThat(lastWritten.get()).isEqualTo(PARCELS);
        assertThat(total.get()).isEqualTo(PARCELS);
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            Layer parcels = store.load("地块");
            assertThat(parcels.info().title()).isEqualTo("测绘地块");
            assertThat(parcels.info().role()).isEqualTo(LayerRole.REFERENCE);
            assertThat(parcels.features()).hasSize(PARCELS);
            Feature third = parcels.features().get(2);
            assertThat(third.text("名称")).isEqualTo(GdalPolygonShapefile.nameOf(2));
            assertThat(third.get("编号")).isEqualTo(3L);
            // GDAL wrote Gauss-Krüger metres; the layer holds CGCS2000 degrees again, within a millimetre.
            assertThat(third.geometry().getEnvelopeInternal().getMinX()).isBetween(110.74, 111.1);
            assertThat(store.load(ZONES).features()).extracting(Feature::id).containsExactly(1L, 2L, 3L, 4L);
            assertThat(store.history()).hasSize(3);
            assertThat(store.integrityCheck()).containsExactly("ok");
        }
        assertThat(GdalTools.featureCounts(project)).containsEntry("地块", (long) PARCELS).containsEntry(ZONES, 4L);
        String info = GdalTools.ogrinfo(project.toString(), "地块", "-where",
                "\"名称\" = '" + GdalPolygonShapefile.nameOf(1234) + "'").requireSuccess().output();
        assertThat(info).contains("Feature Count: 1").contains(GdalPolygonShapefile.nameOf(1234)).contains("1235");
        GdalTools.Run validation = GdalTools.validateGpkg(project);
        assertThat(validation.exitCode()).as(validation.output()).isZero();
    }

    @Test
    void aCancelHalfwayLeavesTheFileByteForByteAndTheJournalWriting() throws Exception {
        Path shp = GdalPolygonShapefile.write(dir, "地块", PARCELS);
        Path project = projectWithOneZone();
        try (ProjectFile file = ProjectFiles.open(project)) {
            StoredProjectFile open = new StoredProjectFile(file);
            String before = sha256(project);
            AtomicLong written = new AtomicLong();
            Throwable failure = catchThrowable(() -> open.importNewLayer(request(shp, "地块", "地块"),
                    new ImportProgress() {
                        @Override
                        public void advanced(long done, long of) {
                            written.set(done);
                        }

                        @Override
                        public boolean cancelled() {
                            return written.get() > 0;
                        }
                    }).join());
            assertThat(failure).isInstanceOf(CompletionException.class);
            assertThat(((ExchangeException) failure.getCause()).problem()).isEqualTo(ExchangeProblem.CANCELLED);
            assertThat(written.get()).isPositive().isLessThan(PARCELS);
            assertThat(sha256(project)).isEqualTo(before);
            assertThat(Files.exists(Path.of(project + "-journal"))).isFalse();
            file.journal().orElseThrow().recordDone(addZone(2)).join();
        }
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            assertThat(store.layers()).extracting(LayerInfo::tableName).containsExactly(ZONES);
            assertThat(store.load(ZONES).features()).hasSize(2);
        }
    }

    /**
     * Quitting (the project closed) while an import writes cancels it: close() does not wait for the whole file,
     * the import rolls back and the file is as before. The import holds at its first progress report until the
     * closing thread is inside close() (waiting for the journal), so the cancel check after it sees the close.
     */
    @Test
    void closingTheProjectWhileAnImportWritesCancelsItAndLeavesTheFileAsItWas() throws Exception {
        Path shp = GdalPolygonShapefile.write(dir, "地块", PARCELS);
        Path project = projectWithOneZone();
        ProjectFile file = ProjectFiles.open(project);
        StoredProjectFile open = new StoredProjectFile(file);
        String before = sha256(project);
        Thread closer = new Thread(open::close, "closer");
        CompletableFuture<NewLayerOutcome> imported = open.importNewLayer(request(shp, "地块", "地块"),
                new ImportProgress() {
                    @Override
                    public void advanced(long done, long of) {
                        if (closer.getState() == Thread.State.NEW) {
                            closer.start();
                            // close() sets its flag, then waits for the journal's writer, which runs this import.
                            while (closer.getState() != Thread.State.TIMED_WAITING
                                    && closer.getState() != Thread.State.WAITING) {
                                Thread.onSpinWait();
                            }
                        }
                    }
                });
        Throwable failure = catchThrowable(imported::join);
        closer.join();
        assertThat(((ExchangeException) failure.getCause()).problem()).isEqualTo(ExchangeProblem.CANCELLED);
        assertThat(sha256(project)).isEqualTo(before);
        assertThat(Files.exists(project.resolveSibling(project.getFileName() + ".lock"))).isFalse();
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_ONLY)) {
            assertThat(store.layers()).extracting(LayerInfo::tableName).containsExactly(ZONES);
        }
    }

    @Test
    void aBadValueInRecord1500IsNamedAndNothingOfTheFirst1499RemainsInTheFile() throws Exception {
        Path shp = GdalPolygonShapefile.write(dir, "地块", PARCELS);
        GdalPolygonShapefile.spoilNumber(dir.resolve("地块.dbf"), 1499);
        Path project = projectWithOneZone();
        try (ProjectFile file = ProjectFiles.open(project)) {
            StoredProjectFile open = new StoredProjectFile(file);
            String before = sha256(project);
            Throwable failure = catchThrowable(() -> open.importNewLayer(request(shp, "地块", "地块"),
                    ImportProgress.NONE).join());
            ExchangeException bad = (ExchangeException) failure.getCause();
            assertThat(bad.problem()).isEqualTo(ExchangeProblem.BAD_VALUE);
            assertThat(bad.record()).isEqualTo(1499);
            assertThat(bad.file().getFileName().toString()).startsWith("地块.");
            assertThat(sha256(project)).isEqualTo(before);
            file.journal().orElseThrow().recordDone(addZone(2)).join();
        }
    }

    private NewLayerImport request(Path shp, String table, String title) {
        return new NewLayerImport(new SourceOpener(new GeoPackageExchange()), SourceOptions.detect(),
                new ImportPlan(shp, new ImportTarget.NewLayer(table, title, LayerRole.REFERENCE), 0,
                        InvalidGeometryPolicy.REPAIR));
    }

    private Path projectWithOneZone() {
        Path file = dir.resolve("project.gpkg");
        LayerInfo info = new LayerInfo(new FeatureType(ZONES, GeometryKind.POLYGON,
                List.of(new Field("name", FieldType.TEXT))), "整治片区", LayerRole.PLANNING, Provenance.SURVEYED, "",
                4490);
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(new Layer(info, List.of(zone(1))));
        }
        return file;
    }

    private static ChangeSet addZone(long id) {
        return new ChangeSet("新增 整治片区 " + id, List.of(FeatureChange.added(ZONES, zone(id))));
    }

    private static Feature zone(long id) {
        try {
            Geometry square = new WKTReader().read(String.format(java.util.Locale.ROOT,
                    "POLYGON ((111 35, 111.01 35, 111.01 %1$.2f, 111 %1$.2f, 111 35))", 35.01 + id * 0.01));
            square.setSRID(4490);
            return new Feature(id, square, Map.of("name", "片区" + id));
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
