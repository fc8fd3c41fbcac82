package rectimap.ui.exchange;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import rectimap.exchange.ExchangeException;
import rectimap.exchange.FeatureSource;
import rectimap.exchange.ImportPlan;
import rectimap.exchange.ImportProgress;
import rectimap.exchange.ImportResult;
import rectimap.exchange.ImportRunner;
import rectimap.exchange.NewLayerImport;
import rectimap.exchange.NewLayerOutcome;
import rectimap.ui.Messages;

/**
 * Runs the import the wizard set up, showing it on the {@link ImportRunPage}. Two ways, by target:
 * <ul>
 * <li>a NEW layer is streamed into the project file by the file itself ({@code ImportContext.importNewLayer}): flat
 * memory whatever the size, the bar counts features written, cancel rolls the one transaction back; then the
 * project reopens to show the layer;</li>
 * <li>an APPEND is read whole into memory ({@link ImportRunner}, within the {@code AppendLimit}) because it becomes
 * one undoable step whose changes the undo history keeps; it is executed in the editing session once read.</li>
 * </ul>
 * Nothing is written unless all of the file is good. FX thread, except the tasks' bodies.
 */
final class ImportJob {
    private final Messages messages;
    private final ImportContext context;
    private final ImportChoices choices;
    private final ImportRunPage page;
    private final Consumer<Boolean> ended;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private boolean running;

    /** @param ended told (FX thread) whether the import succeeded, when it has ended either way */
    ImportJob(Messages messages, ImportContext context, ImportChoices choices, ImportRunPage page,
              Consumer<Boolean> ended) {
        this.messages = messages;
        this.context = context;
        this.choices = choices;
        this.page = page;
        this.ended = ended;
    }

    boolean running() {
        return running;
    }

    /** Asks the running import to stop; it ends with "cancelled, nothing changed". Any thread. */
    void cancel() {
        cancelRequested.set(true);
    }

    /**
     * Starts the import.
     *
     * @param tableName   the new layer's table name (unique in the project); unused for an append
     * @param appendTitle the append target's title, for the outcome sentence; unused for a new layer
     */
    void start(String tableName, String appendTitle) {
        choices.invalid = page.policy();
        ImportPlan plan = choices.plan(tableName);
        cancelRequested.set(false);
        running = true;
        page.notes.getItems().clear();
        if (choices.appendTarget) {
            run(new ReportingTask<ImportResult>() {
                @Override
                protected ImportResult call() throws Exception {
                    updateMessage(messages.get("import.running"));
                    try (FeatureSource opened = context.opener().open(choices.file(), choices.sourceOptions())) {
                        return ImportRunner.run(opened, plan, context.project(), progress(this, null),
                                context.rules(), context.appendLimit());
                    }
                }
            }, imported -> commitAppend(imported, appendTitle));
        } else {
            NewLayerImport request = new NewLayerImport(context.opener(), choices.sourceOptions(), plan);
            AwaitingTask<NewLayerOutcome> task = new AwaitingTask<>();
            task.report(-1, 1, messages.get("import.running"));
            // Asked on the FX thread (the window's open file is FX-thread state); the file's writer does the work.
            task.awaited = context.importNewLayer().apply(request, progress(task, "import.written"));
            run(task, this::showNewLayer);
        }
    }

    private <T> void run(Task<T> task, Consumer<T> succeeded) {
        page.progress.progressProperty().bind(task.progressProperty());
        page.result.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> succeeded.accept(task.getValue()));
        task.setOnFailed(e -> finished(task.getException() instanceof ExchangeException ex
                ? ExchangeProblemText.of(messages, ex) : String.valueOf(task.getException()), false));
        Thread thread = new Thread(task, "import");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The task's progress from the import's callbacks (any thread; Task coalesces them): records read or features
     * written against the total, or, when the total is unknown, a bar that halves its remaining way. With a
     * {@code messageKey} the counts are also spelled out ("已写入 12,500 / 30,000 个要素").
     */
    private ImportProgress progress(ReportingTask<?> task, String messageKey) {
        return new ImportProgress() {
            @Override
            public void advanced(long done, long total) {
                task.report(done, total < 0 ? done * 2 : total, messageKey == null ? null : total < 0
                        ? messages.format(messageKey + "Unknown", done) : messages.format(messageKey, done, total));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
    }

    /** The append was read and checked whole: now execute it as one undoable step. */
    private void commitAppend(ImportResult imported, String title) {
        page.showNotes(imported.notes(), 0);
        context.executeStep().apply(imported.appendStep()).whenComplete((ok, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                finished(messages.format("import.writeFailed", String.valueOf(failure.getCause() != null
                        ? failure.getCause().getMessage() : failure.getMessage())), false);
                return;
            }
            finished(messages.format("import.done", imported.importedCount(), choices.file().getFileName(), title,
                    imported.repairedCount(), imported.skippedCount()), true);
        }));
    }

    /** The new layer is committed: say what came in, then reopen the project to show it. */
    private void showNewLayer(NewLayerOutcome outcome) {
        long listed = outcome.notes().size();
        page.showNotes(outcome.notes(), outcome.repaired() + outcome.skipped() + outcome.withoutGeometry() - listed);
        finished(messages.format("import.doneNewLayer", outcome.imported(), choices.file().getFileName(),
                outcome.title(), outcome.repaired(), outcome.skipped(), outcome.withoutGeometry()), true);
        context.reopen().run();
    }

    private void finished(String message, boolean success) {
        running = false;
        page.showFinished(message, success);
        context.say().accept(message);
        ended.accept(success);
    }

    /** A task whose progress and message the import's callbacks set (Task's own setters are protected). */
    private abstract static class ReportingTask<T> extends Task<T> {
        /** Any thread; {@code message} null keeps the current one. */
        void report(double done, double total, String message) {
            updateProgress(done, total);
            if (message != null) {
                updateMessage(message);
            }
        }
    }

    /** A task that only waits for work running elsewhere (the project file's writer) and passes on its outcome. */
    private static final class AwaitingTask<T> extends ReportingTask<T> {
        /** Set on the FX thread before the task starts. */
        volatile CompletableFuture<T> awaited;

        @Override
        protected T call() throws Exception {
            try {
                return awaited.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }
}
