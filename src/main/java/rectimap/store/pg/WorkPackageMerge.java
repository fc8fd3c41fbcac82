package rectimap.store.pg;

import static rectimap.store.pg.PgNames.quote;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import rectimap.media.PhotoException;
import rectimap.media.PhotoLayer;
import rectimap.model.ChangeSet;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureType;
import rectimap.model.Field;
import rectimap.model.LayerInfo;
import rectimap.model.LayerRole;
import rectimap.model.StepConflict;
import rectimap.model.StoreException;

/**
 * {@code merge}: brings a township's edited work package back into the shared project as ONE named step, three-way
 * ({@link MergePlan}) against what the server changed since the package's base. Non-conflicting adds, changes and
 * deletes are written in one version-checked transaction ({@link PgStepWriter}) together with the package's
 * registry rows ({@link WorkPackageRegistry}), so running the merge again writes nothing twice; conflicts follow the
 * {@link MergePreference}; a feature whose geometry lies outside the package's township ({@link PgTownship}) is
 * refused. When the server moves on between reading and writing, the merge is planned again (a few times).
 */
public final class WorkPackageMerge {
    private static final int ATTEMPTS = 4;

    private WorkPackageMerge() {
    }

    /**
     * Merges {@code file} into {@code store}'s project.
     *
     * @param stepName the step's name for the package (e.g. "合并 解州镇 工作包")
     * @param schemas  the campaign schema of a stored layer type (derived fields marked), or the type itself
     * @throws WorkPackageRefused     NOT_A_PACKAGE, OTHER_PROJECT, NO_SUCH_TOWNSHIP (nothing written)
     * @throws PhotosOutsideTownship photos attached to features the township does not hold (nothing written)
     * @throws PhotoException         a picture added to the package by hand is no readable image (nothing written)
     * @throws StoreException         when the file cannot be read or the server fails or refuses (nothing written)
     */
    public static MergeReport merge(PgFeatureStore store, Path file, MergePreference preference,
            Function<WorkPackageInfo, String> stepName, UnaryOperator<FeatureType> schemas) throws PhotoException {
        WorkPackageContent pkg = WorkPackageContent.read(file);
        String schema = store.address().schema();
        if (!store.read("checking the package", c -> WorkPackageRegistry.isRegistered(c, schema, pkg.info().id()))) {
            throw new WorkPackageRefused(WorkPackageProblem.OTHER_PROJECT, file.toString(),
                    "package " + pkg.info().id() + " is not registered in " + store.address().label());
        }
        PgTownship township = PgTownship.find(store, pkg.info().townshipCode());
        String name = stepName.apply(pkg.info());
        for (int attempt = 1; ; attempt++) {
            Planned planned = store.read("planning the merge", c -> plan(c, store, pkg, township, preference,
                    schemas));
            try {
                return planned.write(store, pkg.info(), name, file);
            } catch (StepConflict moved) {
                if (attempt == ATTEMPTS) {
                    throw moved;
                }
            }
        }
    }

    private static Planned plan(Connection c, PgFeatureStore store, WorkPackageContent pkg, PgTownship township,
            MergePreference preference, UnaryOperator<FeatureType> schemas) throws SQLException {
        String schema = store.address().schema();
        Planned planned = new Planned();
        Set<String> planning = new HashSet<>();
        Map<String, Map<Long, Long>> fids = new HashMap<>();
        Map<String, LayerInfo> layers = new HashMap<>();
        for (LayerInfo info : store.layers()) {
            layers.put(info.tableName(), info);
            if (info.role() != LayerRole.PLANNING) {
                continue;
            }
            planning.add(info.tableName());
            if (!pkg.layers().containsKey(info.tableName())) {
                planned.skipped.add(info.tableName());
                continue;
            }
            Placing inside = f -> township.holds(c, schema, f.geometry()) ? f : null;
            fids.put(info.tableName(), planLayer(c, schema, pkg, info, schemas.apply(info.type()), planned, inside,
                    preference, () -> -1));
        }
        pkg.layers().keySet().stream().filter(t -> !planning.contains(t) && !t.equals(PhotoLayer.TABLE)
                && !layers.containsKey(t)).forEach(planned.skipped::add);
        if (pkg.photos().tracked() && PgPhotoTables.present(c, schema)) {
            PhotoMerge photos = new PhotoMerge(c, schema, township, pkg.photos(), fids, layers);
            photos.planLinks(WorkPackageRegistry.links(c, schema, pkg.info().id()));
            if (pkg.layers().containsKey(PhotoLayer.TABLE)) {
                LayerInfo info = PhotoLayer.info();
                planLayer(c, schema, pkg, info, info.type(), planned, photos::onServer, preference,
                        () -> nextPhotoPoint(c, schema));
            }
            if (!photos.refused().isEmpty()) {
                throw new PhotosOutsideTownship(pkg.info().townshipName(), photos.refused());
            }
            planned.photos = photos;
        }
        return planned;
    }

    /**
     * Plans one layer three-way ({@link MergePlan}); returns package fid → server fid of every feature of the
     * package's that is on the server (packaged, merged before, added now).
     */
    private static Map<Long, Long> planLayer(Connection c, String schema, WorkPackageContent pkg, LayerInfo info,
            FeatureType type, Planned planned, Placing placing, MergePreference preference, Planned.Ids newIds)
            throws SQLException {
        Map<Long, Feature> mine = new LinkedHashMap<>();
        pkg.layers().getOrDefault(info.tableName(), Map.of())
                .forEach((fid, f) -> mine.put(fid, inLayer(type, info.srid(), f)));
        Map<Long, BaseRow> base = pkg.base().getOrDefault(info.tableName(), Map.of());
        Map<Long, MergePlan.Merged> merged = WorkPackageRegistry.merged(c, schema, pkg.info().id(),
                info.tableName());
        Map<Long, Long> fids = new HashMap<>();
        base.forEach((fid, r) -> fids.put(fid, r.serverFid()));
        merged.forEach((fid, m) -> fids.put(fid, m.serverFid()));
        PgLayerTable table = new PgLayerTable(schema, info);
        Map<Long, VersionedFeature> server = new LinkedHashMap<>();
        table.readIds(c, new HashSet<>(fids.values()).stream().mapToLong(Long::longValue).toArray())
                .forEach(v -> server.put(v.feature().id(), v));
        long[] nextId = {maxId(c, table)};
        Planned.Ids ids = () -> {
            long id = newIds.next();
            return id < 0 ? ++nextId[0] : id;
        };
        for (MergeItem item : MergePlan.compare(info.tableName(), type, base, merged, mine, server)) {
            Long serverFid = planned.settle(placing, preference, type, item, ids);
            if (serverFid != null) {
                fids.put(item.packageFid(), serverFid);
            }
        }
        return fids;
    }

    /** A new 照片 point's id from the layer's identity, as photo imports take theirs (so they never collide). */
    private static long nextPhotoPoint(Connection c, String schema) throws SQLException {
        try (PreparedStatement next = c.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, ?))")) {
            next.setString(1, PgNames.qualified(schema, PhotoLayer.TABLE));
            next.setString(2, PgLayerTable.ID);
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Where a package feature goes on the server ({@code mine} in server terms), or null: outside the township. */
    interface Placing {
        Feature onServer(Feature mine) throws SQLException;
    }

    /** The package's feature with exactly the server layer's fields, its derived ones computed from the geometry. */
    private static Feature inLayer(FeatureType type, int srid, Feature feature) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : type.fields()) {
            values.put(field.name(), feature.get(field.name()));
        }
        feature.geometry().setSRID(srid);
        return DerivedFields.recompute(type, new Feature(feature.id(), feature.geometry(), values));
    }

    private static long maxId(Connection c, PgLayerTable table) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT coalesce(max(" + quote(PgLayerTable.ID) + "), 0)"
                + " FROM " + table.name()); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What one planning pass decided: the step's changes, the registry rows, and the report lists. */
    private static final class Planned {
        final List<FeatureChange> changes = new ArrayList<>();
        final List<WorkPackageRegistry.Record> records = new ArrayList<>();
        final SeenVersions seen = new SeenVersions();
        final List<MergeItem> written = new ArrayList<>();
        final List<MergeItem> same = new ArrayList<>();
        final List<MergeItem> keptServer = new ArrayList<>();
        final List<MergeItem> conflicts = new ArrayList<>();
        final List<MergeItem> outside = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final StringBuilder identity = new StringBuilder();
        PhotoMerge photos;

        interface Ids {
            long next() throws SQLException;
        }

        /** Settles one item; returns the server fid the package feature has after the merge, or null (not there). */
        Long settle(Placing placing, MergePreference preference, FeatureType type, MergeItem item, Ids ids)
                throws SQLException {
            String fingerprint = FeatureFingerprint.of(type, item.mine());
            VersionedFeature theirs = item.theirs();
            MergeItem.Kind kind = item.kind();
            if (kind == MergeItem.Kind.CONFLICT) {
                if (preference == MergePreference.ASK) {
                    conflicts.add(item);
                    return item.serverFid() < 0 ? null : item.serverFid();
                }
                if (preference == MergePreference.SERVER) {
                    keptServer.add(item);
                    record(item, item.serverFid(), theirs == null ? 0 : theirs.version(), fingerprint);
                    return theirs == null ? null : item.serverFid();
                }
                kind = item.mine() == null ? MergeItem.Kind.DELETE
                        : theirs == null ? MergeItem.Kind.ADD : MergeItem.Kind.CHANGE;
            }
            if (kind == MergeItem.Kind.SAME) {
                same.add(item);
                record(item, item.serverFid(), theirs == null ? 0 : theirs.version(), fingerprint);
                return theirs == null ? null : item.serverFid();
            }
            Feature placed = kind == MergeItem.Kind.DELETE ? null : placing.onServer(item.mine());
            if (kind != MergeItem.Kind.DELETE && placed == null) {
                outside.add(item.as(MergeItem.Kind.OUTSIDE));
                return item.serverFid() < 0 ? null : item.serverFid();
            }
            written.add(item.as(kind));
            switch (kind) {
                case ADD -> {
                    long id = ids.next();
                    changes.add(FeatureChange.added(item.tableName(), withId(placed, id)));
                    record(item, id, 1, fingerprint);
                    return id;
                }
                case CHANGE -> {
                    seen.saw(item.tableName(), theirs.feature(), theirs.version());
                    changes.add(FeatureChange.replaced(item.tableName(), theirs.feature(),
                            withId(placed, item.serverFid())));
                    record(item, item.serverFid(), theirs.version() + 1, fingerprint);
                    return item.serverFid();
                }
                default -> {
                    seen.saw(item.tableName(), theirs.feature(), theirs.version());
                    changes.add(FeatureChange.removed(item.tableName(), theirs.feature()));
                    record(item, item.serverFid(), 0, FeatureFingerprint.DELETED);
                    return null;
                }
            }
        }

        private void record(MergeItem item, long serverFid, long version, String fingerprint) {
            records.add(new WorkPackageRegistry.Record(item.tableName(), item.packageFid(), serverFid, version,
                    fingerprint));
            // The item's own server fid (-1 for an add): the same plan gets the same step id, whatever ids it takes.
            identity.append(item.tableName()).append('#').append(item.packageFid()).append('>')
                    .append(item.serverFid()).append('@').append(version).append('=').append(fingerprint).append('\n');
        }

        private static Feature withId(Feature feature, long id) {
            return new Feature(id, feature.geometry(), feature.attributes());
        }

        MergeReport write(PgFeatureStore store, WorkPackageInfo info, String name, Path file) {
            String schema = store.address().schema();
            UUID stepId = null;
            boolean photoRows = photos != null && photos.writes();
            if (!records.isEmpty() || photos != null && !photos.linkRecords().isEmpty()) {
                // The same plan of the same package always gets the same id: two merges racing write it once.
                UUID id = UUID.nameUUIDFromBytes(("rectimap-merge\n" + info.id() + "\n" + identity
                        + (photos == null ? "" : photos.identity())).getBytes(StandardCharsets.UTF_8));
                List<FeatureChange> points = changes.stream().filter(ch -> ch.tableName().equals(PhotoLayer.TABLE))
                        .toList();
                PgFeatureStore.Work<Void> register = c -> {
                    if (photos != null) {
                        try (PackageMedia media = new PackageMedia(file)) {
                            photos.write(c, media, points);
                        }
                        WorkPackageRegistry.recordLinks(c, schema, info.id(), id, photos.linkRecords());
                    }
                    WorkPackageRegistry.record(c, schema, info.id(), id, records);
                    return null;
                };
                if (changes.isEmpty() && !photoRows) {
                    store.inTransaction("recording the merge", register);
                } else {
                    try {
                        new PgStepWriter(store, seen).write(id, "DONE", new ChangeSet(name, changes), register);
                    } catch (SQLException e) {
                        throw PgFailures.of(e, store.address(), "writing the merge of " + info.townshipName());
                    } finally {
                        store.forgetLayers();
                    }
                    stepId = id;
                }
            }
            return new MergeReport(info, stepId, name, List.copyOf(written), List.copyOf(same),
                    List.copyOf(keptServer), List.copyOf(conflicts), List.copyOf(outside), List.copyOf(skipped),
                    photos == null ? MergeReport.PhotoCounts.NONE : MergeReport.PhotoCounts.of(photos.counts()));
        }
    }
}
