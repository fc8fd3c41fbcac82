package rectimap.store;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Moves a finished basemap package file into the project, on the journal's writer thread between two journal
 * writes: ONE transaction on the writer's own connection ({@link TilePackageCopy}), so it is neither an undo step
 * nor, for the outside watch, another program's change. While another program holds the file the move waits like
 * an edit: {@code waiting} is told and it is tried again after the queue's back-off ({@link WriteQueue#backOffMs}).
 * A cancel ({@link BulkProgress}) rolls it back. Afterwards the package file is deleted when its tiles are in the
 * project or the move was cancelled; a failed move (full disk, a read-only file, a damaged package) leaves the
 * project as it was and keeps the package beside it, where the map still finds it and the next opening moves it.
 */
final class TilePackageMove {
    private final Path project;
    private final Path packageFile;
    private final JournalTransactions transactions;
    private final ScheduledExecutorService writer;
    private final Supplier<StoreException> journalFailure;
    private final BulkProgress progress;
    private final Runnable waiting;
    private final CompletableFuture<Long> done = new CompletableFuture<>();
    private int failedAttempts;

    TilePackageMove(Path project, Path packageFile, JournalTransactions transactions, ScheduledExecutorService writer,
                    Supplier<StoreException> journalFailure, BulkProgress progress, Runnable waiting) {
        this.project = project;
        this.packageFile = packageFile;
        this.transactions = transactions;
        this.writer = writer;
        this.journalFailure = journalFailure;
        this.progress = progress;
        this.waiting = waiting;
    }

    /** Completes with the tiles stored, or -1 when cancelled; fails with the StoreException that stopped it. */
    CompletableFuture<Long> done() {
        return done;
    }

    /** One try; on the writer thread. */
    void attempt() {
        if (journalFailure.get() != null) {
            done.completeExceptionally(journalFailure.get());
            return;
        }
        if (progress.cancelRequested()) {
            finish(-1);
            return;
        }
        long[] copied = {0};
        try {
            transactions.inTransaction("storing the basemap package " + packageFile, connection -> {
                copied[0] = TilePackageCopy.copy(packageFile, connection, progress);
                if (copied[0] < 0) {
                    throw new Cancelled();
                }
            });
        } catch (Cancelled cancelled) {
            finish(-1);
            return;
        } catch (StoreException e) {
            if (e.problem() == StoreProblem.LOCKED) {
                waitForTheFile();
            } else {
                settle();
                done.completeExceptionally(e);
            }
            return;
        } catch (RuntimeException e) {
            settle();
            done.completeExceptionally(new StoreException(StoreProblem.WRITE_FAILED, packageFile,
                    "storing the basemap package: " + e, e));
            return;
        }
        finish(copied[0]);
    }

    /**
     * After a failure such as a full disk SQLite leaves the grown file and its rollback journal until the connection
     * next reads; read now, so the project is back byte for byte before anyone is told it is unchanged.
     */
    private void settle() {
        try {
            transactions.autocommit("rolling back a failed basemap move", connection -> {
                try (java.sql.Statement sql = connection.createStatement()) {
                    sql.executeQuery("SELECT count(*) FROM sqlite_master").close();
                }
            });
        } catch (StoreException e) {
            // The next write reads the file and rolls it back then; nothing was committed either way.
        }
    }

    private void waitForTheFile() {
        failedAttempts++;
        waiting.run();
        try {
            writer.schedule(this::attempt, WriteQueue.backOffMs(failedAttempts), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            done.completeExceptionally(new StoreException(StoreProblem.LOCKED, project,
                    "the project closed while another program held it; the basemap package stays beside it"));
        }
    }

    private void finish(long stored) {
        TilePackageFile.remove(packageFile);
        done.complete(stored);
    }

    /** Rolls the transaction back when the user cancels. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
