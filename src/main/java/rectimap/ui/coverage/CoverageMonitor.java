package rectimap.ui.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import rectimap.campaign.coverage.CoverageAnalysis;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.model.Project;

/**
 * Keeps a {@link CoverageReport} current: {@link #check} hands the latest project to one background thread, which
 * runs the (incremental) {@link CoverageAnalysis}; when several edits come faster than a check, only the newest
 * project is checked. The check's parallel parts run on all cores but one, so on a two-core office PC the map keeps a
 * core to paint on while a big project's first check runs. Listeners hear each report on the FX thread. Call
 * {@link #check} and {@link #latest} on the FX thread.
 */
public final class CoverageMonitor implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "coverage-check");
        thread.setDaemon(true);
        return thread;
    });
    private final ForkJoinPool cores = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            pool -> {
                ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                thread.setName("coverage-part-" + thread.getPoolIndex());
                thread.setDaemon(true);
                return thread;
            }, null, false);
    private final CoverageAnalysis analysis = new CoverageAnalysis();
    private final AtomicReference<Project> pending = new AtomicReference<>();
    private final List<Consumer<CoverageReport>> listeners = new ArrayList<>();
    private final double sliverM2;
    private CoverageReport latest;
    private long checksDone;

    public CoverageMonitor(double sliverM2) {
        this.sliverM2 = sliverM2;
    }

    public void addListener(Consumer<CoverageReport> listener) {
        listeners.add(listener);
    }

    /** Checks {@code project} in the background (replacing any project still waiting); nothing after {@link #close}. */
    public void check(Project project) {
        if (worker.isShutdown()) {
            return; // the window closed: an edit still arriving has nobody to report to
        }
        if (pending.getAndSet(project) == null) {
            worker.execute(this::runPending);
        }
    }

    /** The newest report, null before the first check finished. */
    public CoverageReport latest() {
        return latest;
    }

    /** How many checks have reported (tests wait for it to grow). */
    public long checksDone() {
        return checksDone;
    }

    private void runPending() {
        Project project = pending.getAndSet(null);
        if (project == null) {
            return;
        }
        CoverageReport report;
        try {
            // parallel streams started inside this pool's task stay in it (not the common pool)
            report = cores.submit(() -> analysis.run(project, sliverM2, LocalDate.now())).join();
        } catch (RuntimeException e) {
            // a geometry the overlay cannot handle must not stop later checks; the indicator keeps the last report
            Platform.runLater(() -> checksDone++);
            return;
        }
        Platform.runLater(() -> {
            latest = report;
            checksDone++;
            listeners.forEach(l -> l.accept(report));
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
        cores.shutdownNow();
    }
}
