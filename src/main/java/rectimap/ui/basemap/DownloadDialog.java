package rectimap.ui.basemap;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import rectimap.store.BulkProgress;
import rectimap.ui.DialogButtons;
import rectimap.ui.Messages;

/**
 * 底图 → 下载底图… ({@code #basemapDownloadDialog}): the service ({@code #downloadSource}), the area
 * ({@code #downloadExtent}: 当前视图, 全区, a township), the levels ({@code #downloadMinZoom}–{@code #downloadMaxZoom}),
 * the tile count and size estimated whenever a choice changes ({@code #downloadEstimate}), then
 * {@code #downloadStart} with a progress bar ({@code #downloadProgress}: the tiles fetched, then the tiles stored in
 * the project file) and {@code #downloadCancel}; what happens after the fetching ({@code #downloadStage}: storing,
 * waiting for another program to let go of the project file); the closing sentence (done, cancelled, failed and
 * why) in {@code #downloadResult}. The work runs on one thread of its own
 * ({@link DownloadJob}); closing the dialog cancels a download. FX thread.
 */
final class DownloadDialog {
    private final Messages messages;
    private final DownloadJob job;
    private final Consumer<BasemapEntry> downloaded;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ComboBox<BasemapEntry> source = new ComboBox<>();
    private final ComboBox<DownloadExtent> extent = new ComboBox<>();
    private final Spinner<Integer> minZoom = new Spinner<>(0, 20, 10);
    private final Spinner<Integer> maxZoom = new Spinner<>(0, 20, 16);
    private final Label estimate = new Label();
    private final Button start = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label storing = new Label();
    private final Label result = new Label();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "basemap-download");
        thread.setDaemon(true);
        return thread;
    });
    private DownloadJob.Estimate ready;
    private long asked;
    private volatile boolean cancelRequested;
    private volatile Thread downloading;

    private DownloadDialog(Messages messages, DownloadJob job, Consumer<BasemapEntry> downloaded) {
        this.messages = messages;
        this.job = job;
        this.downloaded = downloaded;
    }

    /** Shows the dialog (not waiting); {@code downloaded} hears of each finished download's source. */
    static void show(Window owner, Messages messages, DownloadJob job, List<BasemapEntry> sources,
                     List<DownloadExtent> extents, Consumer<BasemapEntry> downloaded) {
        new DownloadDialog(messages, job, downloaded).build(owner, sources, extents).show();
    }

    private Dialog<Void> build(Window owner, List<BasemapEntry> sources, List<DownloadExtent> extents) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("basemap.download.title"));
        dialog.setHeaderText(messages.get("basemap.download.header"));
        dialog.getDialogPane().setId("basemapDownloadDialog");
        dialog.setResizable(true);
        source.setId("downloadSource");
        source.getItems().setAll(sources);
        source.getSelectionModel().selectFirst();
        extent.setId("downloadExtent");
        extent.getItems().setAll(extents);
        extent.getSelectionModel().selectFirst();
        minZoom.setId("downloadMinZoom");
        maxZoom.setId("downloadMaxZoom");
        estimate.setId("downloadEstimate");
        storing.setId("downloadStage");
        result.setId("downloadResult");
        progress.setId("downloadProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        for (Label wrapped : List.of(estimate, storing, result)) {
            wrapped.setWrapText(true);
            wrapped.setMaxWidth(520);
            wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        start.setId("downloadStart");
        start.setText(messages.get("basemap.download.start"));
        start.setDefaultButton(true);
        start.setOnAction(e -> begin());
        cancel.setId("downloadCancel");
        cancel.setText(messages.get("basemap.download.cancel"));
        cancel.setDisable(true);
        cancel.setOnAction(e -> stop());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("basemap.download.source")), source);
        grid.addRow(1, new Label(messages.get("basemap.download.extent")), extent);
        grid.addRow(2, new Label(messages.get("basemap.download.zooms")), new HBox(6, minZoom,
                new Label(messages.get("basemap.download.to")), maxZoom));
        grid.add(estimate, 0, 3, 2, 1);
        grid.add(new HBox(8, start, cancel), 0, 4, 2, 1);
        grid.add(progress, 0, 5, 2, 1);
        grid.add(storing, 0, 6, 2, 1);
        grid.add(result, 0, 7, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(messages));
        dialog.setOnHidden(e -> {
            stop();
            worker.shutdown();
        });
        source.valueProperty().addListener((o, was, now) -> reestimate());
        extent.valueProperty().addListener((o, was, now) -> reestimate());
        minZoom.valueProperty().addListener((o, was, now) -> reestimate());
        maxZoom.valueProperty().addListener((o, was, now) -> reestimate());
        reestimate();
        return dialog;
    }

    /** The choices changed: a new estimate on the worker; only the latest one is shown. */
    private void reestimate() {
        long mine = ++asked;
        ready = null;
        start.setDisable(true);
        if (source.getValue() == null || extent.getValue() == null) {
            estimate.setText(messages.get("basemap.download.noSource"));
            return;
        }
        int low = Math.min(minZoom.getValue(), maxZoom.getValue());
        int high = Math.max(minZoom.getValue(), maxZoom.getValue());
        DownloadJob.Choice choice = new DownloadJob.Choice(source.getValue(), extent.getValue(), low, high);
        estimate.setText(messages.get("basemap.download.estimating"));
        worker.execute(() -> {
            DownloadJob.Estimate answer = job.estimate(choice);
            Platform.runLater(() -> {
                if (mine == asked) {
                    estimate.setText(answer.sentence());
                    ready = answer.ready() ? answer : null;
                    start.setDisable(ready == null || downloading != null);
                }
            });
        });
    }

    private void begin() {
        DownloadJob.Estimate plan = ready;
        if (plan == null) {
            return;
        }
        cancelRequested = false;
        running(true);
        result.setText("");
        long total = plan.plan().count();
        worker.execute(() -> {
            downloading = Thread.currentThread();
            DownloadJob.Outcome outcome;
            try {
                outcome = job.download(plan, new BulkProgress() {
                    @Override
                    public void written(long written) {
                        Platform.runLater(() -> progress.setProgress((double) written / total));
                    }

                    @Override
                    public boolean cancelRequested() {
                        return cancelRequested;
                    }
                }, sentence -> Platform.runLater(() -> storing.setText(sentence)));
            } finally {
                downloading = null;
                Thread.interrupted();
            }
            Platform.runLater(() -> finished(plan, outcome));
        });
    }

    private void finished(DownloadJob.Estimate plan, DownloadJob.Outcome outcome) {
        running(false);
        storing.setText("");
        result.setText(outcome.sentence());
        progress.setProgress(outcome.ending() == DownloadJob.Ending.DONE ? 1 : 0);
        if (outcome.ending() == DownloadJob.Ending.DONE) {
            downloaded.accept(plan.choice().source());
        }
        start.setDisable(ready == null);
    }

    /** Asks a download to stop: the flag, and an interrupt for a request that waits on the network. */
    private void stop() {
        cancelRequested = true;
        Thread thread = downloading;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void running(boolean on) {
        start.setDisable(on);
        cancel.setDisable(!on);
        source.setDisable(on);
        extent.setDisable(on);
        minZoom.setDisable(on);
        maxZoom.setDisable(on);
        if (on) {
            progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        }
    }
}
