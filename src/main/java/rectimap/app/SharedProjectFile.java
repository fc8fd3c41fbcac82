package rectimap.app;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import rectimap.campaign.sample.SampleStyles;
import rectimap.edit.UndoHistory;
import rectimap.model.ChangeSet;
import rectimap.model.EditJournal;
import rectimap.model.JournalStatus;
import rectimap.model.Layer;
import rectimap.model.MapLayer;
import rectimap.model.Project;
import rectimap.model.ProjectSettings;
import rectimap.model.StepConflict;
import rectimap.store.pg.PgAccountBook;
import rectimap.store.pg.PgChangeFeed;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgPhotoArchive;
import rectimap.ui.photos.PhotoWork;
import rectimap.store.pg.PgOutboxJournal;
import rectimap.store.pg.SeenVersions;
import rectimap.store.pg.VersionedFeature;
import rectimap.ui.FileReread;
import rectimap.ui.OpenProjectFile;

/**
 * A shared PostgreSQL project open in the window. Edits go through {@link PgOutboxJournal}: kept in this user's
 * outbox on disk until the server confirms them (a window closed while offline sends them at the next opening; one
 * refused there for a conflict goes to the window's conflict dialog, {@link #watchRefusedSteps}), version-checked,
 * retried with the same step id while the server is away. This user's undo history is kept here in memory,
 * mirrored from the moves the journal is handed (undo is per user), starting as the change log left it. Others' changes are announced by {@link PgChangeFeed}; the window's
 * {@link rectimap.ui.OutsideChangesFollower} then asks {@link #reread}, which reads every layer again (remembering
 * the versions seen) and hands back the project with the changed layers, the layers listed since (the first
 * photo's 照片 layer, shown at once here and in every other open window) and this user's history. Settings are kept
 * for the session only; Save As is not offered for a shared project.
 */
final class SharedProjectFile implements OpenProjectFile {
    private final PgFeatureStore store;
    private final SeenVersions seen;
    private final PgOutboxJournal journal;
    private final UndoHistory mirror;
    private final ProjectSettings settings;
    private volatile PgChangeFeed feed;
    private volatile Runnable changed;
    private volatile boolean replayDone;
    private final Optional<PgAccountBook> accounts;
    private final RefusedReplays refusedReplays;
    private final java.util.concurrent.ExecutorService photoThread = java.util.concurrent.Executors
            .newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "rectimap-shared-photos");
                thread.setDaemon(true);
                return thread;
            });

    /** The project of {@code store}, this user's history starting as {@code own} (read from the change log). */
    SharedProjectFile(PgFeatureStore store, SeenVersions seen, rectimap.store.pg.PgOwnHistory own) {
        this.store = store;
        this.mirror = UndoHistory.of(own.steps(), own.cursor());
        this.seen = seen;
        this.journal = PgOutboxJournal.open(store, seen);
        // Moves an earlier session left waiting are sent first; their rows are then seen as this user's own writes,
        // which the change feed does not announce, so the window reads the project again once they are in.
        this.refusedReplays = new RefusedReplays(journal.replayed());
        CompletableFuture.allOf(journal.replayed().stream().map(PgOutboxJournal.Replay::sent)
                        .toArray(CompletableFuture[]::new))
                .whenComplete((ok, failure) -> replayedIn());
        this.settings = ProjectSettings.inMemory(store.settings());
        this.accounts = manages(new PgAccountBook(store));
    }

    /** The journal the editing session writes through; it keeps this user's undo history in step. */
    EditJournal journal() {
        return new EditJournal() {
            @Override
            public CompletableFuture<Void> recordDone(ChangeSet step) {
                synchronized (mirror) {
                    mirror.record(step);
                }
                return journal.recordDone(step).whenComplete((ok, failure) -> RefusedReplays.conflictOf(failure)
                        .ifPresent(conflict -> refused(step)));
            }

            @Override
            public CompletableFuture<Void> recordUndone(ChangeSet inverse) {
                synchronized (mirror) {
                    mirror.undo();
                }
                return journal.recordUndone(inverse);
            }

            @Override
            public CompletableFuture<Void> recordRedone(ChangeSet step) {
                synchronized (mirror) {
                    mirror.redo();
                }
                return journal.recordRedone(step);
            }

            @Override
            public void addStatusListener(java.util.function.Consumer<JournalStatus> listener) {
                journal.addStatusListener(listener);
            }

            @Override
            public void close() {
                journal.close();
            }
        };
    }

    private void replayedIn() {
        replayDone = true;
        Runnable reread = changed;
        if (reread != null && !journal.replayed().isEmpty()) {
            reread.run();
        }
    }

    /**
     * The server refused {@code step} (someone changed its features first): it is in no one's project, so it leaves
     * this user's history, and the window reads the project again at once to show their version (the conflict
     * dialog then settles it as a new step).
     */
    private void refused(ChangeSet step) {
        synchronized (mirror) {
            mirror.forget(step);
        }
        Runnable reread = changed;
        if (reread != null) {
            reread.run();
        }
    }

    @Override
    public void watchRefusedSteps(java.util.function.Consumer<rectimap.model.RefusedReplay> refused) {
        refusedReplays.watch(refused);
    }

    @Override
    public void conflictSettled(StepConflict refused) {
        journal.settle(refused);
    }

    private static Optional<PgAccountBook> manages(PgAccountBook book) {
        try {
            return book.canManage() ? Optional.of(book) : Optional.empty();
        } catch (rectimap.model.StoreException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<PgAccountBook> accounts() {
        return accounts;
    }

    @Override
    public CompletableFuture<Void> saveAs(Path target) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("a shared project has no file"));
    }

    @Override
    public ProjectSettings settings() {
        return settings;
    }

    @Override
    public void watchOutsideChanges(Runnable changed) {
        this.changed = changed;
        if (replayDone && !journal.replayed().isEmpty()) {
            changed.run();
        }
        try {
            feed = PgChangeFeed.start(store.pool(), changes -> {
                boolean news = changes.stream().anyMatch(c -> !"UPDATE".equals(c.op()) && !"INSERT".equals(c.op())
                        || c.version() > seen.newest(c.table(), c.fid()));
                if (news) {
                    changed.run();
                }
            });
        } catch (SQLException e) {
            // Without announcements the window still shows the project; others' edits appear on reopening.
            System.getLogger(SharedProjectFile.class.getName()).log(System.Logger.Level.WARNING,
                    "no change announcements: " + e.getMessage());
        }
    }

    @Override
    public CompletableFuture<Optional<FileReread>> reread(Project current) {
        List<ChangeSet> steps;
        int cursor;
        synchronized (mirror) {
            steps = mirror.steps();
            cursor = mirror.doneCount();
        }
        return CompletableFuture.supplyAsync(() -> {
            List<MapLayer> layers = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            Set<String> by = new LinkedHashSet<>();
            for (MapLayer layer : current.layers()) {
                List<VersionedFeature> rows = store.loadVersioned(layer.layer().tableName());
                seen.sawAll(layer.layer().tableName(), rows);
                List<rectimap.model.Feature> features = rows.stream().map(VersionedFeature::feature).toList();
                if (features.equals(layer.layer().features())) {
                    layers.add(layer);
                } else {
                    layers.add(new MapLayer(new Layer(layer.layer().info(), features), layer.style(),
                            layer.visible(), layer.opacity()));
                    changed.add(layer.layer().info().title());
                    by.addAll(changers(layer.layer(), rows));
                }
            }
            List<String> own = new ArrayList<>();
            for (rectimap.model.LayerInfo info : listedSince(current)) {
                List<VersionedFeature> rows = store.loadVersioned(info.tableName());
                seen.sawAll(info.tableName(), rows);
                layers.add(new MapLayer(new Layer(info, rows.stream().map(VersionedFeature::feature).toList()),
                        SampleStyles.forTableOrDefault(info.tableName(), info.type().geometryKind()), true, 1.0));
                List<String> users = changers(new Layer(info, List.of()), rows);
                boolean mine = users.stream().allMatch(store.address().user()::equals);
                (mine ? own : changed).add(info.title());
                if (!mine) {
                    by.addAll(users);
                }
            }
            boolean same = changed.isEmpty() && own.isEmpty();
            return Optional.of(new FileReread(same ? current : current.withLayers(layers), steps, cursor, changed,
                    List.copyOf(by), own));
        });
    }

    /**
     * The layers the server lists that {@code current} lacks: the first photo's 照片 layer, this window's or another
     * user's. The list's names are one cheap query; the layers' fields are read only when one is new.
     */
    private List<rectimap.model.LayerInfo> listedSince(Project current) {
        if (store.listedTables().stream().allMatch(table -> current.layer(table).isPresent())) {
            return List.of();
        }
        return store.layersNow().stream().filter(info -> current.layer(info.tableName()).isEmpty()).toList();
    }

    /** Who last changed the rows that differ from what the window shows (deleted rows name no one). */
    private static List<String> changers(Layer shown, List<VersionedFeature> rows) {
        return rows.stream().filter(row -> !shown.feature(row.feature().id()).map(row.feature()::equals).orElse(false))
                .map(VersionedFeature::changedBy).filter(user -> user != null && !user.isEmpty()).distinct().toList();
    }

    /**
     * The shared project's photos ({@link PgPhotoArchive}): each call borrows a pooled connection and an attached
     * batch is its own transaction, so this runs on a photo thread of its own, beside the edits.
     */
    @Override
    public <T> CompletableFuture<T> withPhotos(PhotoWork<T> work) {
        PgPhotoArchive archive = PgPhotoArchive.of(store);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(archive);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, photoThread);
    }

    @Override
    public void close() {
        photoThread.shutdown();
        if (feed != null) {
            feed.close();
        }
        journal.close();
        store.close();
    }
}
