package rectimap.store;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import rectimap.model.ChangeSet;
import rectimap.model.EditJournal;
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
 * <p>After a failed write the file no longer matches the caller's model, so every later call fails at once with the
 * first failure (the app should say so and reopen the project). Thread-safe: any thread may call; callers on the FX
 * thread never block, except in {@link #close()}, which waits for pending writes.
 */
public final class GeoPackageJournal implements EditJournal {
    /** How long a write waits for another program's (e.g. QGIS's) transaction to finish before failing as LOCKED. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** How often a write blocked by another program is tried before the journal fails: 3 × 10 s. */
    private static final int LOCKED_ATTEMPTS = 3;

    private final Path file;
    private final ExecutorService writer;
    private final JournalTransactions transactions;
    private volatile StoreException failure;
    private final java.util.List<java.util.concurrent.ExecutorService> watches =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private GeoPackageJournal(Path file, ExecutorService writer, JournalTransactions transactions) {
        this.file = file;
        this.writer = writer;
        this.transactions = transactions;
    }

    /**
     * Opens the journal of an existing GeoPackage for writing; creates the project tables if missing. Blocks until
     * the writer's connection is open.
     *
     * @throws StoreException NOT_FOUND, NOT_GEOPACKAGE, LOCKED, WRITE_FAILED
     */
    public static GeoPackageJournal open(Path file) {
        SqliteFileCheck.requireSqliteDatabase(file);
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "rectimap-journal");
            // Daemon: an app that forgets close() still exits; SQLite keeps the file consistent either way.
            thread.setDaemon(true);
            return thread;
        });
        try {
            JournalTransactions transactions = writer.submit(() -> JournalTransactions.open(file)).get();
            return new GeoPackageJournal(file, writer, transactions);
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

    @Override
    public CompletableFuture<Void> recordDone(ChangeSet step) {
        return submit("writing step " + step.name(), connection -> transactions.done(step));
    }

    @Override
    public CompletableFuture<Void> recordUndone(ChangeSet inverse) {
        return submit("undoing step " + inverse.name(), connection -> transactions.undone(inverse));
    }

    @Override
    public CompletableFuture<Void> recordRedone(ChangeSet step) {
        return submit("redoing step " + step.name(), connection -> transactions.redone(step));
    }

    /** Stores one project setting (one transaction, in order with the edits; no change-log row: not data). */
    public CompletableFuture<Void> recordSetting(String key, String value) {
        return submit("writing setting " + key, connection -> SettingRows.write(connection, key, value));
    }

    /**
     * The setting stored under {@code key} as the file has it after every write submitted so far (waits for them);
     * empty when never stored or the journal has failed.
     */
    public java.util.Optional<String> setting(String key) {
        CompletableFuture<java.util.Optional<String>> value = new CompletableFuture<>();
        writer.execute(() -> {
            try {
                value.complete(transactions.setting(key));
            } catch (java.sql.SQLException | RuntimeException e) {
                value.complete(java.util.Optional.empty());
            }
        });
        return value.join();
    }

    /** Runs one review record's write (verdict or site mark) as one transaction, in order with the edits. */
    CompletableFuture<Void> recordReview(String action, JournalTransactions.Work work) {
        return submit(action, work);
    }

    /**
     * Writes a consistent copy of the project, after every write submitted before, to {@code target} (see
     * {@link ProjectCopy}). Completes when the copy is in place.
     */
    public CompletableFuture<Void> copyTo(Path target) {
        return submit("copying to " + target, Scope.AUTOCOMMIT, connection -> ProjectCopy.vacuumInto(connection, file, target));
    }

    /**
     * Runs {@code work} on the writer thread between two journal writes: every write submitted before has committed
     * when it starts, and every write submitted while it runs waits in the queue (neither failing nor timing out)
     * until it returns. For work that writes the file in a long transaction of its own through another connection
     * (a streamed import through the {@link GeoPackageStore} takes minutes for a million features): run beside the
     * journal, the journal's next write would wait on that transaction's lock and fail as LOCKED after 3 × 10 s,
     * and with it the whole editing session. A failure of the work is the work's (its own transaction rolled
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
     * Watches the file for commits by other programs (ogr2ogr, QGIS, sqlite3): every {@code every}, between two
     * journal writes, compares SQLite's {@code PRAGMA data_version} on the writer's connection and calls
     * {@code changed} on the writer thread when it moved. Polling never waits in the queue twice, and stops with
     * {@link #close()}. The caller re-reads the file (see {@link #runBetweenWrites}) and calls
     * {@link #forgetRebasedIds()} once its model names features by the file's ids.
     */
    public void watchOutsideChanges(java.time.Duration every, Runnable changed) {
        java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(task -> {
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
                        if (failure == null && transactions.changedOutside()) {
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

    /**
     * The caller's model now names every feature by the file's id (it re-read the layers and the history after
     * {@link #watchOutsideChanges} told of a change): adds that were re-based because another program had taken
     * their ids (see {@code FeatureIdRebase}) need no translation for the steps submitted from now on. In order
     * with the writes.
     */
    public void forgetRebasedIds() {
        onWriter("forgetting re-based ids", done -> {
            transactions.forgetRebasedIds();
            done.complete(null);
        });
    }

    /** The number of done steps as the file has it after every write submitted so far (waits for them). */
    public int historyCursor() {
        CompletableFuture<Integer> cursor = new CompletableFuture<>();
        writer.execute(() -> cursor.complete(transactions.cursor()));
        return cursor.join();
    }

    /** The file this journal writes. */
    public Path file() {
        return file;
    }

    /** Whether a piece of work runs as one transaction or in SQLite's autocommit mode. */
    private enum Scope { TRANSACTION, AUTOCOMMIT }

    private CompletableFuture<Void> submit(String action, JournalTransactions.Work work) {
        return submit(action, Scope.TRANSACTION, work);
    }

    private CompletableFuture<Void> submit(String action, Scope scope, JournalTransactions.Work work) {
        return onWriter(action, done -> {
            try {
                runRetryingWhileLocked(action, scope, work);
                done.complete(null);
            } catch (StoreException e) {
                failure = e;
                done.completeExceptionally(e);
            } catch (RuntimeException e) {
                failure = new StoreException(StoreProblem.WRITE_FAILED, file, action + ": " + e.getMessage(), e);
                done.completeExceptionally(failure);
            }
        });
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
                if (failure != null) {
                    done.completeExceptionally(failure);
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
     * Another program (QGIS) holding a write lock longer than the busy timeout makes a transaction fail as LOCKED
     * after rolling back, with nothing written; it is tried again a few times before the journal gives up.
     */
    private void runRetryingWhileLocked(String action, Scope scope, JournalTransactions.Work work) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (scope == Scope.TRANSACTION) {
                    transactions.inTransaction(action, work);
                } else {
                    transactions.autocommit(action, work);
                }
                return;
            } catch (StoreException e) {
                if (e.problem() != StoreProblem.LOCKED || attempt == LOCKED_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        watches.forEach(ExecutorService::shutdownNow);
        if (writer.isShutdown()) {
            return;
        }
        writer.execute(transactions::close);
        writer.shutdown();
        try {
            while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                // Pending edits are the user's work: keep waiting for them rather than dropping them.
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
