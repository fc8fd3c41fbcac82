package rectimap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.SQLiteOpenMode;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureStore;
import rectimap.model.Layer;
import rectimap.model.LayerInfo;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The project file: a GeoPackage 1.3 read and written with sqlite-jdbc and JTS WKB. Layers are feature tables
 * with an R-tree index; title and note live in {@code gpkg_contents}, role and provenance in
 * {@code gpkg_metadata} ({@link LayerRoleMetadata}). Files written by GDAL or QGIS are read too.
 *
 * <p>Not thread-safe: one owner thread at a time (see {@link FeatureStore}). Every failure is a
 * {@link StoreException} naming the file and the {@link StoreProblem}. The layer list is read once and kept until
 * this store writes; another program's new layers show after reopening.
 *
 * <p>The file keeps SQLite's default rollback journal (DELETE), not WAL: WAL leaves {@code -wal}/{@code -shm}
 * companions beside the file and does not work on network shares, and offices copy and share this one file.
 */
public final class GeoPackageStore implements FeatureStore {
    private final Path file;
    private final AccessMode mode;
    private final Connection connection;
    private final GpkgGeometryCodec codec = new GpkgGeometryCodec();
    private final UnfinishedWrite unfinishedWrite;
    /** The temporary folder of a rolled-back copy read instead of {@link #file}, deleted on close; else null. */
    private final Path lastCommittedCopy;
    private List<StoredLayer> layersCache;

    private GeoPackageStore(Path file, AccessMode mode, Connection connection) {
        this(file, mode, connection, UnfinishedWrite.NONE, null);
    }

    private GeoPackageStore(Path file, AccessMode mode, Connection connection, UnfinishedWrite unfinishedWrite,
                            Path lastCommittedCopy) {
        this.file = file;
        this.mode = mode;
        this.connection = connection;
        this.unfinishedWrite = unfinishedWrite;
        this.lastCommittedCopy = lastCommittedCopy;
    }

    /**
     * Creates a new, empty GeoPackage at {@code file}, open for writing. Refuses (WRITE_FAILED) when the file
     * exists, so nothing is overwritten.
     */
    public static GeoPackageStore create(Path file) {
        if (Files.exists(file)) {
            throw new StoreException(StoreProblem.WRITE_FAILED, file, "already exists; not overwriting it");
        }
        Connection connection = null;
        try {
            connection = GpkgConnections.open(file, AccessMode.READ_WRITE, SQLiteOpenMode.CREATE);
            connection.setAutoCommit(false);
            GpkgCoreSchema.create(connection);
            connection.commit();
            return new GeoPackageStore(file, AccessMode.READ_WRITE, connection);
        } catch (SQLException e) {
            GpkgConnections.closeQuietly(connection);
            deleteQuietly(file);
            // Whatever SQLite says (e.g. CANTOPEN for a missing folder), for the user creating the file failed.
            throw new StoreException(StoreProblem.WRITE_FAILED, file, "creating a GeoPackage: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing GeoPackage. A missing file is reported as NOT_FOUND and never created. When a writer crashed
     * mid-transaction (a hot journal beside the file), a READ_ONLY open rolls that transaction back in the file if
     * the file is writable, else reads a rolled-back temporary copy: see {@link #unfinishedWrite()}, which the
     * caller tells the user.
     *
     * @throws StoreException NOT_FOUND, UNREADABLE, NOT_GEOPACKAGE, CORRUPT or LOCKED
     */
    public static GeoPackageStore open(Path file, AccessMode mode) {
        SqliteFileCheck.requireSqliteDatabase(file);
        try {
            return connectTo(file, file, mode, UnfinishedWrite.NONE, null);
        } catch (SQLException e) {
            if (mode == AccessMode.READ_ONLY && UnfinishedWrites.leftBehind(e)) {
                return openAfterCrashedWrite(file);
            }
            throw SqliteFailures.of(e, file, "opening", StoreProblem.UNREADABLE);
        }
    }

    private static GeoPackageStore openAfterCrashedWrite(Path file) {
        try {
            if (UnfinishedWrites.rollBackInPlace(file)) {
                return connectTo(file, file, AccessMode.READ_ONLY, UnfinishedWrite.ROLLED_BACK, null);
            }
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "opening after rolling back a crashed write", StoreProblem.UNREADABLE);
        }
        return openLastCommitted(file);
    }

    /** Reads a rolled-back temporary copy of {@code file} and its journal, leaving the file itself untouched. */
    static GeoPackageStore openLastCommitted(Path file) {
        Path copy = null;
        try {
            copy = UnfinishedWrites.rolledBackCopy(file);
            return connectTo(file, copy.resolve(file.getFileName().toString()), AccessMode.READ_ONLY,
                    UnfinishedWrite.READ_LAST_COMMITTED, copy);
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            if (copy != null) {
                UnfinishedWrites.deleteCopy(copy);
            }
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException(e instanceof SQLException sql ? SqliteFailures.problemOf(sql,
                    StoreProblem.UNREADABLE) : StoreProblem.UNREADABLE, file,
                    "reading the last committed state after a crashed write: " + e.getMessage(), e);
        }
    }

    /** Opens {@code database} (the file itself, or a copy of it) as the store of {@code file}. */
    private static GeoPackageStore connectTo(Path file, Path database, AccessMode mode, UnfinishedWrite unfinished,
                                             Path lastCommittedCopy) throws SQLException {
        Connection connection = null;
        try {
            connection = GpkgConnections.open(database, mode, null);
            GpkgConnections.requireGeoPackageTables(connection, file);
            return new GeoPackageStore(file, mode, connection, unfinished, lastCommittedCopy);
        } catch (SQLException | RuntimeException e) {
            GpkgConnections.closeQuietly(connection);
            throw e;
        }
    }

    /** What opening did about a crashed writer's unfinished transaction; NONE for an ordinary open. */
    public UnfinishedWrite unfinishedWrite() {
        return unfinishedWrite;
    }

    /** The temporary folder read instead of the file after a crashed write, or null; for tests of its cleanup. */
    Path lastCommittedCopyForTests() {
        return lastCommittedCopy;
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    public AccessMode accessMode() {
        return mode;
    }

    @Override
    public List<LayerInfo> layers() {
        return storedLayers().stream().map(StoredLayer::info).toList();
    }

    @Override
    public Layer load(String tableName) {
        StoredLayer layer = storedLayer(tableName);
        try {
            return new Layer(layer.info(), new FeatureTableReader(connection, codec, file).readAll(layer));
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "reading layer " + tableName, StoreProblem.UNREADABLE);
        }
    }

    @Override
    public List<Feature> query(String tableName, Envelope bbox) {
        StoredLayer layer = storedLayer(tableName);
        try {
            return new FeatureTableReader(connection, codec, file).readIntersecting(layer, bbox);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "querying layer " + tableName, StoreProblem.UNREADABLE);
        }
    }

    /**
     * Writes {@code layer} as a new feature table in one transaction, replacing a layer of the same table name
     * (which keeps its place in the layer order). Feature ids become the fid column.
     *
     * @throws IllegalArgumentException when a field is named fid or geom, a value does not fit its field type, or
     *                                  a geometry is not of the layer's kind (nothing is written then)
     * @throws StoreException           WRITE_FAILED (also for a store opened READ_ONLY), LOCKED
     */
    @Override
    public void write(Layer layer) {
        FeatureTableWriter.requireWritable(layer);
        try {
            connection.setAutoCommit(false);
            try {
                LayerRoleMetadata.ensureTables(connection);
                ensureSrs(layer.info().srid());
                Optional<StoredLayer> old = new LayerCatalog(connection).find(layer.tableName());
                if (old.isPresent()) {
                    FeatureTableWriter.dropIfPresent(connection, old.get());
                }
                new FeatureTableWriter(connection, codec).write(layer);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                layersCache = null;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "writing layer " + layer.tableName(), StoreProblem.WRITE_FAILED);
        }
    }

    /**
     * Streams {@code feed} into a NEW layer in ONE transaction: all or nothing. Geometries are reprojected from
     * {@code sourceEpsg} to EPSG:4490 (the layer's srid must be 4490) and fitted to the layer's kind (a Polygon
     * into a MULTIPOLYGON layer is wrapped); features are numbered 1, 2, ... in feed order; the R-tree is filled
     * during the load and its triggers created after it. When the table name is taken, {@code _2}, {@code _3}, ...
     * is appended, and " (2)" ... to a title another layer has (see the result). On any failure of the feed ({@code E}), of a value, of the file, on
     * cancel, or when the feed gives no feature at all, the transaction is rolled back and the file is exactly as
     * before. Owner thread only; memory stays
     * flat (one batch of rows).
     *
     * @param progress told every few hundred features; asked whether to cancel
     * @throws E                        what the feed throws, after the rollback
     * @throws IllegalArgumentException a value that does not fit its field type, a geometry that does not fit the
     *                                  layer's kind, a field named fid or geom, a srid other than 4490
     * @throws StoreException           WRITE_FAILED (disk full, read-only store), LOCKED
     */
    public <E extends Exception> BulkImportResult importNewLayer(LayerInfo info, int sourceEpsg, FeatureFeed<E> feed,
                                                                 BulkProgress progress) throws E {
        if (info.srid() != rectimap.geo.Epsg.CGCS2000) {
            throw new IllegalArgumentException("imported layers are stored in EPSG:4490, not EPSG:" + info.srid());
        }
        FeatureTableWriter.requireWritable(new Layer(info, List.of()));
        try {
            connection.setAutoCommit(false);
            try {
                LayerBulkImport.tuneForBulk(connection);
                LayerRoleMetadata.ensureTables(connection);
                ensureSrs(info.srid());
                String table = LayerBulkImport.freeTableName(connection, info.tableName());
                LayerInfo named = new LayerInfo(new rectimap.model.FeatureType(table, info.type().geometryKind(),
                        info.type().fields()), LayerBulkImport.freeTitle(connection, info.title()), info.role(),
                        info.provenance(), info.note(), info.srid());
                BulkImportResult result = new LayerBulkImport(connection, codec).load(named, sourceEpsg, feed, progress);
                if (result == null) {
                    connection.rollback();
                    return new BulkImportResult(named, 0, new Envelope(), true);
                }
                if (result.features() == 0) {
                    // An empty layer is no import: the caller reports EMPTY, and the file must be as it was.
                    connection.rollback();
                    return result;
                }
                connection.commit();
                return result;
            } catch (Throwable e) {
                connection.rollback();
                throw e;
            } finally {
                layersCache = null;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "importing layer " + info.tableName(), StoreProblem.WRITE_FAILED);
        }
    }

    /**
     * Writes a basemap package (a GeoPackage tile pyramid) into this file in ONE transaction: the tile table is
     * created or added to, tiles already there are replaced. Cancelled ({@code progress}) or failed, the transaction
     * is rolled back and the file is as it was.
     *
     * @return the tiles stored, or -1 when cancelled
     * @throws E             what the feed throws (a service failure), after the rollback
     * @throws StoreException WRITE_FAILED (disk full, read-only store), LOCKED
     */
    public <E extends Exception> long writeTilePackage(TilePackage pkg, TilePackage.TileFeed<E> feed,
                                                       BulkProgress progress) throws E {
        try {
            connection.setAutoCommit(false);
            try {
                LayerBulkImport.tuneForBulk(connection);
                ensureSrs(pkg.set().crs().epsg());
                long written = new TilePackageWriter(connection).write(pkg, feed, progress);
                if (written < 0) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return written;
            } catch (Throwable e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "writing basemap " + pkg.table(), StoreProblem.WRITE_FAILED);
        }
    }

    /**
     * The persisted undo history, oldest first (empty for a file without Rectimap's tables); the first
     * {@link #historyCursor()} steps are done. Feed both to {@code UndoHistory.of}.
     *
     * @throws StoreException CORRUPT when a step cannot be decoded
     */
    public List<ChangeSet> history() {
        try {
            return HistoryRows.steps(connection, new ChangeSetCodec(), file);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "reading the undo history", StoreProblem.UNREADABLE);
        }
    }

    /** The number of done steps of {@link #history()} (cursor and step count read in one read transaction). */
    public int historyCursor() {
        return readConsistently(() -> {
            try {
                return Math.min(HistoryRows.cursor(connection), HistoryRows.count(connection));
            } catch (SQLException | NumberFormatException e) {
                throw new StoreException(StoreProblem.CORRUPT, file, "reading the history cursor: " + e.getMessage(),
                        e);
            }
        });
    }

    /**
     * The undo history and its cursor from one commit of the file (one read transaction): an edit another
     * Rectimap commits meanwhile never gives a cursor beyond the steps read.
     *
     * @throws StoreException CORRUPT when a step or the cursor cannot be decoded
     */
    public SavedHistory savedHistory() {
        return readConsistently(() -> {
            List<ChangeSet> steps = history();
            return new SavedHistory(steps, Math.min(historyCursor(), steps.size()));
        });
    }

    /**
     * Runs {@code reads} (calls on this store) as ONE read transaction, so they all see one committed state of the
     * file even while another program or Rectimap commits edits (see {@link ReadTransaction}). Nested calls join.
     * Owner thread only; a writer waits while it runs, so keep it to one load or one check.
     */
    public <T> T readConsistently(java.util.function.Supplier<T> reads) {
        return ReadTransaction.run(connection, file, reads);
    }

    /** The persisted drawing order, visibility and opacity, bottom layer first; empty when never saved. */
    public List<LayerDisplayState> layerStates() {
        try {
            return LayerStateRows.read(connection);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "reading the layer order", StoreProblem.UNREADABLE);
        }
    }

    /** Every setting stored in the file ({@code rectimap_settings}); empty when none. */
    public java.util.Map<String, String> settings() {
        try {
            return SettingRows.readAll(connection);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "reading the project settings", StoreProblem.UNREADABLE);
        }
    }

    /**
     * SQLite's {@code PRAGMA integrity_check}: {@code ["ok"]} for a whole file, otherwise the problems it lists
     * (at most 100).
     */
    public List<String> integrityCheck() {
        List<String> lines = new java.util.ArrayList<>();
        try (PreparedStatement check = connection.prepareStatement("PRAGMA integrity_check(100)");
             ResultSet rows = check.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return lines;
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "checking integrity", StoreProblem.CORRUPT);
        }
    }

    /** Forgets the layer list read earlier, after this package created a layer in the caller's transaction. */
    void forgetLayers() {
        layersCache = null;
    }

    /** The open connection, for checks in this package (owner thread only). */
    Connection connection() {
        return connection;
    }

    /** Creates Rectimap's project tables, empty: a new project starts without the source file's history. */
    void startFreshHistory() {
        try (java.sql.Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            ProjectTables.ensure(connection);
            for (String table : List.of(ProjectTables.HISTORY, ProjectTables.STATE, ProjectTables.LAYER_STATE,
                    ProjectTables.CHANGE_LOG)) {
                sql.execute("DELETE FROM " + table);
            }
            DetachedPhotos.forgetAfter(connection, 0);
            // A district file may be an old project: its reviews belong to that project, not to the new one.
            sql.execute("DROP TABLE IF EXISTS " + ReviewRows.VERDICTS);
            sql.execute("DROP TABLE IF EXISTS " + ReviewRows.MARKS);
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "creating the project tables", StoreProblem.WRITE_FAILED);
        }
    }

    /** Writes a consistent, compacted copy of this file to {@code target} (see {@link ProjectCopy}). */
    void copyTo(Path target) {
        try {
            ProjectCopy.vacuumInto(connection, file, target);
        } catch (SQLException e) {
            throw SqliteFailures.of(e, target, "copying " + file, StoreProblem.WRITE_FAILED);
        }
    }

    void ensureSrs(int epsg) throws SQLException {
        GpkgCoreSchema.ensureSrs(connection, file, epsg);
    }

    private List<StoredLayer> storedLayers() {
        if (layersCache == null) {
            try {
                LayerCatalog catalog = new LayerCatalog(connection);
                List<String> missing = catalog.missingTables();
                if (!missing.isEmpty()) {
                    throw new StoreException(StoreProblem.LAYER_TABLE_MISSING, file, String.join(", ", missing),
                            "gpkg_contents registers the layer " + missing + " but its table is not in the file", null);
                }
                layersCache = catalog.featureLayers();
            } catch (SQLException e) {
                throw SqliteFailures.of(e, file, "listing layers", StoreProblem.UNREADABLE);
            }
        }
        return layersCache;
    }

    private StoredLayer storedLayer(String tableName) {
        return storedLayers().stream().filter(l -> l.tableName().equals(tableName)).findFirst()
                .orElseThrow(() -> new StoreException(StoreProblem.NO_SUCH_LAYER, file, tableName,
                        "no feature layer named '" + tableName + "'", null));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteFailures.of(e, file, "closing", StoreProblem.WRITE_FAILED);
        } finally {
            if (lastCommittedCopy != null) {
                UnfinishedWrites.deleteCopy(lastCommittedCopy);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // the creation error is the one to report
        }
    }
}
