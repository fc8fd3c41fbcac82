package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/** Each {@link StoreProblem} from a real bad file, with the file named in the exception. */
class GeoPackageStoreProblemTest {
    @TempDir
    Path dir;

    /** A real GeoPackage of a few hundred kilobytes, so that it spans many pages. */
    private Path realGeoPackage(String name) {
        Path file = dir.resolve(name);
        String[] squares = IntStream.range(0, 3_000).mapToObj(i -> {
            double x = 110.7 + (i % 60) * 0.007;
            double y = 34.8 + (i / 60) * 0.011;
            return "POLYGON ((" + x + " " + y + ", " + (x + 0.005) + " " + y + ", " + (x + 0.005) + " " + (y + 0.005)
                    + ", " + x + " " + (y + 0.005) + ", " + x + " " + y + "))";
        }).toArray(String[]::new);
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer("zone", GeometryKind.POLYGON, "片区", squares));
        }
        return file;
    }

    private static StoreException failure(Runnable action) {
        StoreException e = catchThrowableOfType(StoreException.class, action::run);
        assertThat(e).as("a StoreException").isNotNull();
        return e;
    }

    @Test
    void aLayerTableDroppedByAnotherProgramIsNamedNotCalledUnreadable() {
        Path file = realGeoPackage("表被删除.gpkg");
        Sqlite3.run(file, "DROP TABLE zone;");

        for (AccessMode mode : AccessMode.values()) {
            try (GeoPackageStore store = GeoPackageStore.open(file, mode)) {
                StoreException e = failure(store::layers);

                assertThat(e.problem()).isEqualTo(StoreProblem.LAYER_TABLE_MISSING);
                assertThat(e.subject()).isEqualTo("zone");
                assertThat(e.file()).isEqualTo(file);
            }
        }
    }

    @Test
    void missingFileIsNotFoundAndIsNotCreated() {
        Path missing = dir.resolve("没有这个文件.gpkg");

        for (AccessMode mode : AccessMode.values()) {
            StoreException e = failure(() -> GeoPackageStore.open(missing, mode));

            assertThat(e.problem()).isEqualTo(StoreProblem.NOT_FOUND);
            assertThat(e.file()).isEqualTo(missing);
            assertThat(e.getMessage()).contains(missing.toString());
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void directoryIsUnreadable() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.gpkg"));

        assertThat(failure(() -> GeoPackageStore.open(folder, AccessMode.READ_ONLY)).problem())
                .isEqualTo(StoreProblem.UNREADABLE);
    }

    @Test
    void textFileNamedGpkgIsNotAGeoPackage() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.gpkg"), "这不是地图文件，只是一段文字。\n");

        StoreException e = failure(() -> GeoPackageStore.open(text, AccessMode.READ_WRITE));

        assertThat(e.problem()).isEqualTo(StoreProblem.NOT_GEOPACKAGE);
        assertThat(Files.readString(text)).isEqualTo("这不是地图文件，只是一段文字。\n");
    }

    @Test
    void emptyFileAndPlainSqliteDatabaseAreNotGeoPackages() throws IOException, SQLException {
        Path empty = Files.createFile(dir.resolve("empty.gpkg"));
        Path plain = dir.resolve("plain.sqlite");
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + plain);
             Statement sql = sqlite.createStatement()) {
            sql.execute("CREATE TABLE village (name TEXT)");
        }

        assertThat(failure(() -> GeoPackageStore.open(empty, AccessMode.READ_ONLY)).problem())
                .isEqualTo(StoreProblem.NOT_GEOPACKAGE);
        assertThat(failure(() -> GeoPackageStore.open(plain, AccessMode.READ_ONLY)).problem())
                .isEqualTo(StoreProblem.NOT_GEOPACKAGE);
    }

    @Test
    void truncatedCopyIsCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(realGeoPackage("whole.gpkg"));
        Path truncated = Files.write(dir.resolve("truncated.gpkg"), Arrays.copyOf(whole, whole.length / 2));

        StoreException e = failure(() -> GeoPackageStore.open(truncated, AccessMode.READ_ONLY));

        assertThat(e.problem()).isEqualTo(StoreProblem.CORRUPT);
        assertThat(e.getMessage()).contains("truncated");
    }

    @Test
    void damagedPagesAreCorrupt() throws IOException {
        byte[] bytes = Files.readAllBytes(realGeoPackage("damaged.gpkg"));
        Arrays.fill(bytes, bytes.length * 2 / 5, bytes.length * 3 / 5, (byte) 0x5A);
        Path damaged = Files.write(dir.resolve("damaged-copy.gpkg"), bytes);

        StoreException e = failure(() -> {
            try (GeoPackageStore store = GeoPackageStore.open(damaged, AccessMode.READ_ONLY)) {
                for (LayerInfo info : store.layers()) {
                    store.load(info.tableName());
                    store.query(info.tableName(), new Envelope(110, 112, 34, 36));
                }
            }
        });

        assertThat(e.problem()).isEqualTo(StoreProblem.CORRUPT);
    }

    @Test
    void fileLockedByAnotherWriterIsLocked() throws SQLException {
        Path file = realGeoPackage("locked.gpkg");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = other.createStatement()) {
            // In exclusive locking mode a connection keeps the EXCLUSIVE lock of its first write until it closes.
            sql.execute("PRAGMA locking_mode = EXCLUSIVE");
            sql.execute("UPDATE gpkg_contents SET description = description");

            StoreException e = failure(() -> GeoPackageStore.open(file, AccessMode.READ_ONLY));

            assertThat(e.problem()).isEqualTo(StoreProblem.LOCKED);
            assertThat(e.getMessage()).contains(file.toString());
        }
    }

    @Test
    void writingThroughAReadOnlyStoreFailsAndChangesNothing() throws IOException {
        Path file = realGeoPackage("readonly.gpkg");
        byte[] before = Files.readAllBytes(file);

        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            Layer extra = FixtureLayers.layer("extra", GeometryKind.POINT, "新增", "POINT (111 35)");
            StoreException e = failure(() -> store.write(extra));

            assertThat(e.problem()).isEqualTo(StoreProblem.NO_WRITE_PERMISSION);
            assertThat(store.load("zone").features()).hasSize(3_000);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void createRefusesAnExistingFileAndAMissingFolder() throws IOException {
        Path existing = Files.writeString(dir.resolve("existing.gpkg"), "keep me");

        assertThat(failure(() -> GeoPackageStore.create(existing)).problem()).isEqualTo(StoreProblem.WRITE_FAILED);
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        Path nowhere = dir.resolve("no-such-folder").resolve("new.gpkg");
        assertThat(failure(() -> GeoPackageStore.create(nowhere)).problem()).isEqualTo(StoreProblem.WRITE_FAILED);
    }

    @Test
    void failedWriteRollsBackWholly() {
        Path file = realGeoPackage("rollback.gpkg");
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_WRITE)) {
            // gpkg_contents.identifier is UNIQUE: a second layer titled 片区 is refused by SQLite mid-write.
            Layer sameTitle = FixtureLayers.layer("zone_copy", GeometryKind.POINT, "片区", "POINT (111 35)");

            assertThat(failure(() -> store.write(sameTitle)).problem()).isEqualTo(StoreProblem.WRITE_FAILED);

            assertThat(store.layers()).extracting(LayerInfo::tableName).containsExactly("zone");
            assertThat(store.load("zone").features()).hasSize(3_000);
        }
    }

    @Test
    void unknownLayerIsNoSuchLayer() {
        Path file = realGeoPackage("layers.gpkg");
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            assertThat(failure(() -> store.load("村庄")).problem()).isEqualTo(StoreProblem.NO_SUCH_LAYER);
            assertThat(failure(() -> store.query("村庄", new Envelope(0, 1, 0, 1))).getMessage()).contains("村庄");
        }
    }
}
