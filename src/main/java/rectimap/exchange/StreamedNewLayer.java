package rectimap.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.GeometryKind;
import rectimap.model.LayerInfo;
import rectimap.model.Provenance;
import rectimap.model.StoreException;
import rectimap.store.BulkImportResult;
import rectimap.store.BulkProgress;
import rectimap.store.FeatureFeed;
import rectimap.store.GeoPackageStore;

/**
 * The import wizard's new layer, streamed: the same reading as the in-memory {@link ImportRunner} (the user's
 * source CRS, reprojection into EPSG:4490, validity checked in lon/lat and repaired or skipped as planned, geometry
 * fitted to the layer's kind, values typed, field names as {@link NewLayerFields}), but every record goes straight
 * into ONE transaction of {@link GeoPackageStore#importNewLayer} instead of a list, so memory stays flat whatever
 * the file's size; the records are read ahead on a second thread ({@link PrefetchedFeed}) while the store writes.
 * All or nothing: a bad record (named with its number), a cancel or a full disk roll the
 * transaction back and leave the file byte for byte as it was.
 *
 * <p>Unlike the in-memory import, records without any geometry are left out and counted (a reference layer from
 * a survey Shapefile often has a few null shapes; failing a million-record import for them helps nobody). Runs on
 * the caller's thread, which must own the store for the duration.
 */
public final class StreamedNewLayer {
    /** Records repaired or left out that are listed for the user; beyond these only the counts grow. */
    public static final int NOTES_KEPT = 1_000;

    private StreamedNewLayer() {
    }

    /**
     * @param plan     must target a {@link ImportTarget.NewLayer}
     * @param progress told the features written so far against the source's record count (-1 unknown) every few
     *                 hundred features; asked whether to cancel
     * @throws ExchangeException naming file and record: UNKNOWN_CRS, BAD_GEOMETRY, BAD_VALUE, EMPTY, CANCELLED,
     *                           WRITE_FAILED, CORRUPT_RECORD (anything unexpected a record caused), or what the
     *                           source throws — the project unchanged in every case
     */
    public static NewLayerOutcome run(GeoPackageStore store, FeatureSource source, ImportPlan plan,
                                      ImportProgress progress) throws ExchangeException {
        ImportTarget.NewLayer target = (ImportTarget.NewLayer) plan.target();
        SourceSchema schema = source.schema();
        CrsTransform toProject = ImportRunner.transformFrom(plan.file(), ImportRunner.sourceEpsg(plan, schema));
        NewLayerFields named = NewLayerFields.of(plan.file(), schema.fields());
        GeometryKind kind = GeometryFit.newLayerKind(schema.kind());
        String title = target.title() == null || target.title().isBlank() ? "导入图层" : target.title().trim();
        LayerInfo info = new LayerInfo(new FeatureType(target.tableName(), kind, named.fields()), title, target.role(),
                Provenance.SURVEYED, "导入自 " + plan.file().getFileName(), Epsg.CGCS2000);
        Feed feed = new Feed(source, plan, toProject, kind, named);
        long total = schema.countOrMinusOne();
        PrefetchedFeed ahead = new PrefetchedFeed(feed, () -> feed.lastIndex);
        try {
            BulkImportResult stored = store.importNewLayer(info, Epsg.CGCS2000, ahead, new BulkProgress() {
                @Override
                public void written(long written) {
                    progress.advanced(written, total);
                }

                @Override
                public boolean cancelRequested() {
                    return progress.cancelled();
                }
            });
            if (stored.cancelled()) {
                throw new ExchangeException(ExchangeProblem.CANCELLED, plan.file(), "cancelled; nothing was written");
            }
            if (stored.features() == 0) {
                throw new ExchangeException(ExchangeProblem.EMPTY, plan.file(), "no record has a geometry");
            }
            ahead.close();
            return new NewLayerOutcome(stored.layer().tableName(), stored.layer().title(), stored.features(),
                    feed.repaired, feed.skipped, feed.withoutGeometry, feed.notes);
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(e.getMessage() != null && e.getMessage().contains(" is a ")
                    ? ExchangeProblem.BAD_GEOMETRY : ExchangeProblem.BAD_VALUE, plan.file(), ahead.lastIndex(),
                    e.getMessage(), e);
        } catch (StoreException e) {
            throw new ExchangeException(ExchangeProblem.WRITE_FAILED, store.file(), e.getMessage(), e);
        } catch (RuntimeException e) {
            // Anything else a damaged record makes the geometry library or a reader throw: the transaction is rolled
            // back already; say which record it was rather than fail without a file and record.
            throw new ExchangeException(ExchangeProblem.CORRUPT_RECORD, plan.file(), ahead.lastIndex(),
                    "cannot be read: " + e, e);
        } finally {
            ahead.close();
        }
    }

    /** The source's records as checked, typed features; records left out are counted and the first ones noted. */
    private static final class Feed implements FeatureFeed<ExchangeException> {
        private final FeatureSource source;
        private final Path file;
        private final InvalidGeometryPolicy policy;
        private final GuessedCrsCheck guess;
        private final CrsTransform toProject;
        private final GeometryKind kind;
        private final List<Field> fields;
        private final Map<String, String> sourceByTarget;
        final List<RecordNote> notes = new ArrayList<>();
        long repaired;
        long skipped;
        long withoutGeometry;
        long lastIndex = -1;

        Feed(FeatureSource source, ImportPlan plan, CrsTransform toProject, GeometryKind kind, NewLayerFields named) {
            this.source = source;
            this.file = plan.file();
            this.policy = plan.invalid();
            this.guess = GuessedCrsCheck.of(plan, source.schema());
            this.toProject = toProject;
            this.kind = kind;
            this.fields = named.fields();
            this.sourceByTarget = named.sourceByTarget();
        }

        @Override
        public Feature next() throws ExchangeException {
            for (SourceRecord record = source.next(); record != null; record = source.next()) {
                lastIndex = record.index();
                Geometry geometry = record.geometryInSourceCrs();
                if (geometry == null || geometry.isEmpty()) {
                    withoutGeometry++;
                    keep(new RecordNote(record.index(), "没有几何", "no geometry", RecordNote.Action.SKIPPED));
                    continue;
                }
                Geometry lonLat = ImportRunner.checked(file, record, toProject, policy, kind, this::noted);
                if (lonLat != null) {
                    guess.require(file, record.index(), lonLat);
                    return new Feature(record.index() + 1, lonLat,
                            NewLayerFields.typedValues(fields, sourceByTarget, file, record));
                }
            }
            return null;
        }

        private void noted(RecordNote note) {
            if (note.action() == RecordNote.Action.REPAIRED) {
                repaired++;
            } else {
                skipped++;
            }
            keep(note);
        }

        private void keep(RecordNote note) {
            if (notes.size() < NOTES_KEPT) {
                notes.add(note);
            }
        }
    }
}
