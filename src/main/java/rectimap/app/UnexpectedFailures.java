package rectimap.app;

import rectimap.ui.DialogButtons;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import rectimap.install.CrashReport;
import rectimap.install.UserFolders;
import rectimap.ui.Messages;

/**
 * What the app does with a failure nothing foresaw (an exception escaping an event handler or a background thread):
 * writes a crash report in the log folder and tells the user in one sentence naming the file ({@code app.crash}, in
 * the interface language; {@code app.outOfMemory} when the heap ran out, e.g. on a very big project: that the memory
 * the app may use was not enough, that edits are saved and what to do). One dialog at a time: failures repeating while it is open are only reported to the file.
 * Edits already made are in the project file (each step is written as it is done), so the app keeps running.
 */
final class UnexpectedFailures implements Thread.UncaughtExceptionHandler {
    private final UserFolders folders;
    private final Messages messages;
    private final List<String> args;
    private final AtomicBoolean dialogOpen = new AtomicBoolean();

    private UnexpectedFailures(UserFolders folders, Messages messages, List<String> args) {
        this.folders = folders;
        this.messages = messages;
        this.args = args;
    }

    /** Makes this the handler of every thread (the FX thread included) for the app started with {@code args}. */
    static void install(UserFolders folders, Messages messages, List<String> args) {
        Thread.setDefaultUncaughtExceptionHandler(new UnexpectedFailures(folders, messages, args));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        Optional<Path> report = CrashReport.write(folders.logs(), "rectimap (" + thread.getName() + ")", args, failure);
        String where = report.map(Path::toString).orElse(folders.logs().toString());
        String sentence = outOfMemory(failure)
                ? messages.format("app.outOfMemory", Runtime.getRuntime().maxMemory() >> 20, where)
                : messages.format("app.crash", where);
        System.err.println(sentence);
        if (dialogOpen.compareAndSet(false, true)) {
            try {
                Platform.runLater(() -> show(sentence));
            } catch (IllegalStateException toolkitNotRunning) {
                dialogOpen.set(false);
            }
        }
    }

    /**
     * Whether the failure (or a cause of it) is the heap running out: a project too big for the memory the app may
     * use, which the user can act on, unlike a defect.
     */
    private static boolean outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private void show(String sentence) {
        Alert alert = DialogButtons.alert(messages, Alert.AlertType.ERROR, sentence);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("crashDialog");
        alert.setOnHidden(e -> dialogOpen.set(false));
        alert.show();
    }
}
