package rectimap.store;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import rectimap.model.ChangeSet;
import rectimap.model.EditJournal;
import rectimap.model.JournalStatus;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The project file as the {@link EditJournal}: ONE writer thread ("rectimap-journal") with its own SQLite
 * connection applies each call as ONE transaction, in call order — the feature rows (insert/update/delete by fid;
 * the R-tree follows through the GeoPackage triggers), the persisted undo history and cursor, and a change-log row —
 * and completes the returned future on that thread after COMMIT returned.
 *
 * <p>Durability: SQLite's rollback journal (DELETE mode) with {@code synchronous=EXTRA}. A kill -9 at any moment
 * leaves either the old or the new state (the hot journal rolls an unfinished transaction back on the next open);
 * EXTRA also syncs the directory after the journal is deleted, so an acknowledged edit survives a power cut. Not WAL:
 * WAL keeps committed edits in a {@code -wal} file beside the project until a checkpoint, and users copy or mail
 * the .gpkg alone — a copy taken while Rectimap runs would silently miss the latest edits; WAL also needs shared
 * memory, which network shares do not offer. The price is one more fsync per commit (see BENCHMARKS.md).
 *
 * <p>Sharing the file: a write that another program's read or write keeps out (QGIS reading a big layer), a full
 * disk or a folder without write permission does not end the session: the write waits in a {@link WriteQueue},
 * kept in the project's {@link RecoveryJournal}, and is tried again with back-off until it lands; status listeners
 * hear how many moves wait and why. {@link #open} replays what an earlier session left there. Only a write that does
 * not fit the file (the file no longer matches the caller's model) fails the journal: every later call then fails
 * at once with it. Thread-safe: any thread may call; callers on the FX thread never block, except in
 * {@link #close()}, which waits for pending writes.
 */
public final class GeoPackageJournal implements EditJournal {
    /**
     * How long one try of a write waits for another program's transaction (SQLite's busy timeout). While a COMMIT
     * waits it keeps new readers out, so a try is short and the {@link WriteQueue} tries again after a pause.
     */
    static final int BUSY_TIMEOUT_MS = 3_000;
    /**
     * How long opening (the project tables, the replay of a recovery journal) waits for another program's lock
     * before the open fails as LOCKED: nothing is queued yet, so it waits longer than a write's try.
     */
    static final int OPEN_BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final ScheduledExecutorService writer;
    private final JournalTransactions transactions;
    private final WriteQueue queue;
    private final int recoveredMoves;
    private final List<ScheduledExecutorService> watches = new java.util.concurrent.CopyOnWriteArrayList<>();

    private GeoPackageJournal(Path file, ScheduledExecutorService writer, JournalTransactions transactions,
                              WriteQueue queue, int recoveredMoves) {
        this.file = file;
        this.writer = writer;
        this.transactions = transactions;
        this.queue = queue;
        this.recoveredMoves = recoveredMoves;
    }

    /** {@link #open(Path, WritePatience)} for the app: writes wait for as long as it takes. */
    public static GeoPackageJournal open(Path file) {
        return open(file, WritePatience.KEEP_TRYING);
    }

    /**
     * Opens the journal of an existing GeoPackage for writing; creates the project tables if missing; writes the
     * moves an earlier session left in the recovery journal ({@link #recoveredMoves()}). Blocks until done.
     *
     * @throws StoreException NOT_FOUND, NOT_GEOPACKAGE, LOCKED, DISK_FULL, NO_WRITE_PERMISSION, WRITE_FAILED (the
     *                        recovery journal stays for the next try)
     */
    public static GeoPackageJournal open(Path file, WritePatience patience) {
        SqliteFileCheck.requireSqliteDatabase(file);
        ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "rectimap-journal");
            // Daemon: an app that forgets close() still exits; SQLite keeps the file consistent either way.
            thread.setDaemon(true);
            return thread;
        });
        // A retry scheduled when the journal closes is not waited for: close() has tried once more itself.
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        try {
            return writer.submit(() -> {
                JournalTransactions transactions = JournalTransactions.open(file);
                try {
                    int recovered = RecoveryReplay.replay(file, transactions);
                    transactions.busyTimeout(BUSY_TIMEOUT_MS);
                    WriteQueue queue = new WriteQueue(file, transactions, writer, patience);
                    return new GeoPackageJournal(file, writer, transactions, queue, recovered);
                } catch (RuntimeException e) {
                    transactions.close();
                    throw e;
                }
            }).get();
        } catch (ExecutionException e) {
            writer.shutdown();
            if (e.getCause() instanceof StoreException store) {
                throw store;
            }
            throw new StoreException(StoreProblem.WRITE_FAILED, file, "opening the journal: " + e.getCause(), e);
        } catch (InterruptedException e) {
            writer.shutdown();
            Thread.currentThread().interrupt();
            throw new StoreException(StoreProblem.WRITE_FAILED, file, "interrupted while opening the journal", e);
        }
    }

    /**
     * How many moves (steps done, undone, redone) and review records an earlier session left unsaved and
     * {@link #open} wrote.
     */
    public int recoveredMoves() {
        return recoveredMoves;
    }

    @Override
    public void addStatusListener(java.util.function.Consumer<JournalStatus> listener) {
        writer.execute(() -> queue.addStatusListener(listener));
    }

    @Override
    public CompletableFuture<Void> recordDone(ChangeSet step) {
        return submit(new JournalWrite.Move(ChangeLogRows.Action.DONE, step));
    }

    @Override
    public CompletableFuture<Void> recordUndone(ChangeSet inverse) {
        return submit(new JournalWrite.Move(ChangeLogRows.Action.UNDONE, inverse));
    }

    @Override
    public CompletableFuture<Void> recordRedone(ChangeSet step) {
        return submit(new JournalWrite.Move(ChangeLogRows.Action.REDONE, step));
    }

    /** Stores one project setting (one transaction, in order with the edits; no change-log row: not data). */
    public CompletableFuture<Void> recordSetting(String key, String value) {
        return submit(new JournalWrite.Setting(key, value));
    }

    /**
     * The setting stored under {@code key} as the file will have it after every write submitted so far (a
     * setting still waiting to be written counts); empty when never stored or the journal has failed.
     */
    public java.util.Optional<String> setting(String key) {
        CompletableFuture<java.util.Optional<String>> value = new CompletableFuture<>();
        writer.execute(() -> {
            java.util.Optional<String> waiting = queue.waiting().stream().map(PendingWrite::write)
                    .filter(w -> w instanceof JournalWrite.Setting s && s.key().equals(key))
                    .map(w -> ((JournalWrite.Setting) w).value()).reduce((first, last) -> last);
            try {
                value.complete(waiting.isPresent() ? waiting : transactions.setting(key));
            } catch (java.sql.SQLException | RuntimeException e) {
                value.complete(java.util.Optional.empty());
            }
        });
        return value.join();
    }

    /**
     * Gives every layer without a style in QGIS's {@code layer_styles} its current style (the default when never
     * restyled), in order with the edits; not an undo step, not kept across sessions (the next opening writes it).
     */
    public CompletableFuture<Void> recordMissingQgisStyles(java.util.List<LayerDisplayState> layers) {
        java.util.List<LayerDisplayState> copy = java.util.List.copyOf(layers);
        return submit(new JournalWrite.Other("writing QGIS styles",
                connection -> QgisLayerStyles.writeMissing(connection, copy)));
    }

    /**
     * Writes one review record (verdict or site mark) as one transaction, in order with the edits; kept in the
     * recovery journal like a move while the file cannot be written.
     */
    CompletableFuture<Void> recordReview(ReviewEntry entry) {
        return submit(new JournalWrite.Review(entry));
    }

    /**
     * Save As: writes a consistent copy of the project to {@code target} (see {@link ProjectCopy}) holding every
     * move submitted before, those still waiting to reach this file included (they are written into the copy).
     * Runs at once, ahead of waiting writes, and a failure fails only the returned future.
     */
    public CompletableFuture<Void> copyTo(Path target) {
        return onWriter("copying to " + target, done -> {
            try {
                List<PendingWrite> waiting = queue.waiting();
                transactions.autocommit("copying to " + target, connection ->
                        ProjectCopy.vacuumInto(connection, file, target, copy -> RecoveryReplay.writeInto(copy, waiting)));
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
    }

    /**
     * Runs {@code work} on the writer thread between two journal writes: every write submitted before has committed
     * when it starts, and every write submitted while it runs waits in the queue (neither failing nor timing out)
     * until it returns. For work that writes the file in a long transaction of its own through another connection
     * (a streamed import through the {@link GeoPackageStore} takes minutes for a million features): run beside the
     * journal, the journal's next write would wait on that transaction's lock (and the
     * user would see it waiting for minutes). A failure of the work is the work's (its own transaction rolled
     * back): it completes the future and does not fail the journal. Fails at once when the journal has failed or
     * is closed.
     *
     * @param action what the work does, for messages
     */
    public <T> CompletableFuture<T> runBetweenWrites(String action, java.util.concurrent.Callable<T> work) {
        return onWriter(action, done -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
    }

    /**
     * {@link #runBetweenWrites}, for work that commits through the store's connection of this app ({@code through},
     * e.g. an attached photo batch) and writes {@code tables}: its commit is not another program's, so the watch
     * does not report it once everything before it is seen, and the next {@link #readAfterOutsideChanges} is told
     * that those tables are the app's own work. Another program's change still unseen before it stays unseen (the
     * watch reports it, an undo or redo is checked against it): counting it as seen with the app's own commit let
     * an undo delete that program's work. The caller re-reads the file afterwards.
     */
    public <T> CompletableFuture<T> runOwnCommitBetweenWrites(String action, GeoPackageStore through,
                                                             java.util.Set<String> tables,
                                                             java.util.concurrent.Callable<T> work) {
        return onWriter(action, done -> {
            try {
                done.complete(transactions.ownCommit(through.connection(), tables, work));
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
    }

    /**
     * Moves the finished basemap package {@code packageFile} (see {@link TilePackageFile}) into the project as ONE
     * transaction on this writer's connection, between two writes, and deletes the package then (see
     * {@link TilePackageMove}): the tile pyramid is registered as the GeoPackage standard says, so GDAL and QGIS read
     * it from the project. While another program holds the file it waits and tries again like an edit, telling
     * {@code waiting} (on the writer thread) each time. Edits submitted meanwhile wait behind it; none fails.
     *
     * @return completes with the tiles stored, or -1 when {@code progress} cancelled it (the project as it was, the
     *         package deleted); fails with a StoreException (DISK_FULL, NO_WRITE_PERMISSION, CORRUPT package, …)
     *         leaving the project as it was and the package beside it
     */
    public CompletableFuture<Long> moveInTilePackage(Path packageFile, BulkProgress progress, Runnable waiting) {
        return this.<Long>onWriter("storing a basemap package", done -> {
            TilePackageMove move = new TilePackageMove(file, packageFile, transactions, writer, queue::failure,
                    progress, waiting);
            move.done().whenComplete((stored, failure) -> {
                if (failure == null) {
                    done.complete(stored);
                } else {
                    done.completeExceptionally(failure);
                }
            });
            move.attempt();
        });
    }

    /**
     * Watches the file for commits by other programs (ogr2ogr, QGIS, sqlite3): every {@code every}, between two
     * journal writes, compares SQLite's {@code PRAGMA data_version} on the writer's connection with the one last
     * re-read and calls {@code changed} on the writer thread while they differ and no write waits; the caller then
     * re-reads through {@link #readAfterOutsideChanges}. A poll never waits in the queue twice; polling stops with
     * {@link #close()}.
     */
    public void watchOutsideChanges(java.time.Duration every, Runnable changed) {
        java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();
        ScheduledExecutorService poll = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rectimap-outside-watch");
            thread.setDaemon(true);
            return thread;
        });
        watches.add(poll);
        poll.scheduleWithFixedDelay(() -> {
            if (!queued.compareAndSet(false, true)) {
                return;
            }
            try {
                writer.execute(() -> {
                    queued.set(false);
                    try {
                        if (queue.failure() == null && queue.waiting().isEmpty() && transactions.changedOutside()) {
                            changed.run();
                        }
                    } catch (java.sql.SQLException | RuntimeException e) {
                        // Busy or gone for a moment: the next poll looks again; writes report real failures.
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                poll.shutdown();
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A re-read for the window, run by {@link #readAfterOutsideChanges}. */
    public interface OutsideRead<T> {
        /**
         * @param ownTables the tables the app itself wrote through its store connection
         *                  ({@link #runOwnCommitBetweenWrites}) that no re-read the caller showed holds yet: their
         *                  changes are the app's own, not another program's
         */
        T read(java.util.Set<String> ownTables) throws Exception;
    }

    /**
     * Runs {@code read} (through the store: layers, history) on the writer thread once every write submitted before
     * is IN the file; what other programs committed until then counts as seen once the caller has shown it
     * ({@link #rereadShown}; {@link #watchOutsideChanges} then stops telling of it). Empty, with nothing marked,
     * while writes wait in the queue (another program holds the file): a read then would miss the caller's own
     * edits; ask again when told of the change again.
     */
    public <T> CompletableFuture<java.util.Optional<T>> readAfterOutsideChanges(String action, OutsideRead<T> read) {
        return onWriter(action, done -> {
            try {
                if (!queue.waiting().isEmpty()) {
                    done.complete(java.util.Optional.empty());
                    return;
                }
                done.complete(java.util.Optional.of(read.read(transactions.outsideChangesRead())));
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
    }

    /**
     * The caller's model now shows what {@link #readAfterOutsideChanges} read last and names every feature by the
     * file's id: adds that were re-based because another program had taken their ids (see {@code FeatureIdRebase})
     * need no translation for the steps submitted from now on, and the other programs' changes that read saw count
     * as seen (until then an undo or redo checks its features in the file: a read the caller dropped shows nothing).
     * In order with the writes.
     */
    public void rereadShown() {
        onWriter("forgetting re-based ids", done -> {
            transactions.forgetRebasedIds();
            transactions.outsideChangesShown();
            done.complete(null);
        });
    }

    /** The number of done steps the file holds once every write submitted so far was tried (waiting ones not counted). */
    public int historyCursor() {
        CompletableFuture<Integer> cursor = new CompletableFuture<>();
        writer.execute(() -> cursor.complete(transactions.cursor()));
        return cursor.join();
    }

    /** The file this journal writes. */
    public Path file() {
        return file;
    }

    private CompletableFuture<Void> submit(JournalWrite write) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            writer.execute(() -> queue.add(write, done));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            done.completeExceptionally(new StoreException(StoreProblem.WRITE_FAILED, file, write.action()
                    + ": the journal is closed"));
        }
        return done;
    }

    /**
     * Runs {@code work} on the writer thread, which completes the future it is given; the future fails at once when
     * the journal has failed (on the writer, in order) or is closed (here).
     */
    private <T> CompletableFuture<T> onWriter(String action,
                                              java.util.function.Consumer<CompletableFuture<T>> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        try {
            writer.execute(() -> {
                if (queue.failure() != null) {
                    done.completeExceptionally(queue.failure());
                } else {
                    work.accept(done);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            done.completeExceptionally(new StoreException(StoreProblem.WRITE_FAILED, file, action
                    + ": the journal is closed"));
        }
        return done;
    }

    /**
     * Tries the waiting writes once more, then closes: what still cannot be written stays in the recovery journal
     * (the next {@link #open} writes it) and its futures fail with the reason.
     */
    @Override
    public void close() {
        watches.forEach(ScheduledExecutorService::shutdownNow);
        if (writer.isShutdown()) {
            return;
        }
        writer.execute(() -> {
            queue.closing();
            transactions.close();
        });
        writer.shutdown();
        try {
            while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                // The last try is the user's work: keep waiting for it rather than dropping it.
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
