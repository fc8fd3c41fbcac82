package rectimap.ui;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import rectimap.model.StoreException;
import rectimap.store.pg.PgAddress;

/**
 * Opening a project for the window: a file or a shared project is loaded on a thread of its own and handed to
 * {@link Window#show} once, on the FX thread. A failure is explained in one sentence (a dialog and the status line);
 * a file that fails while nothing is shown yet falls back to the built-in sample, otherwise the current project
 * stays. FX thread.
 */
final class ProjectOpening {
    /** What the window does with projects. */
    record Window(Supplier<LoadedProject> current, Runnable closeCurrent, Consumer<LoadedProject> show,
                  BooleanSupplier showsNothing, Consumer<String> say) {
    }

    private final Stage stage;
    private final Messages messages;
    private final ProjectLoader loader;
    private final Path fallbackProject;
    private final Window window;
    private final ProjectFileActions files;
    private String lastSharedAddress = "";

    ProjectOpening(Stage stage, Messages messages, ProjectLoader loader, Path fallbackProject, Window window) {
        this.stage = stage;
        this.messages = messages;
        this.loader = loader;
        this.fallbackProject = fallbackProject;
        this.window = window;
        files = new ProjectFileActions(stage, messages, loader, fallbackProject, window.current(), this::open,
                window.say());
    }

    /** The File menu's work on project files (open, new, Save As). */
    ProjectFileActions files() {
        return files;
    }

    /** Opens {@code file} in the background; on failure explains why and opens the built-in sample instead. */
    void open(Path file) {
        LoadedProject current = window.current().get();
        if (current != null && sameFile(current.project().file(), loader.fileOpenedFor(file))) {
            // Our own lock would make the new load read-only: let go of the file (pending writes included) first.
            window.closeCurrent().run();
        }
        window.say().accept(messages.get("status.loading"));
        OneShotTask.start("project-loader", () -> loader.load(file), window.show(),
                failure -> fileFailed(file, failure));
    }

    /** File → 打开共享项目…: asks for the address (and a password, unless .pgpass has it) and opens it. */
    void askAndOpenShared() {
        SharedProjectDialog.ask(stage, messages, lastSharedAddress, "").ifPresent(a -> openShared(a.address(),
                a.password()));
    }

    /**
     * Opens the shared project at {@code address} in the background; a failure is explained in one sentence and the
     * current project stays open. When nothing is open (the app was started on this address), 打开共享项目 comes up
     * again with the address and the reason, so the user can correct it or give a password; cancelling it opens the
     * built-in sample, as a failed start on a file does: never an empty window with nothing to act on.
     */
    void openShared(String address, char[] password) {
        lastSharedAddress = address;
        window.say().accept(messages.get("status.loading"));
        OneShotTask.start("shared-project-loader", () -> loader.loadShared(address, password), loaded -> {
            if (window.current().get() != null) {
                window.closeCurrent().run();
            }
            window.show().accept(loaded);
        }, failure -> {
            String reason = sharedReason(address, failure);
            window.say().accept(reason);
            if (window.showsNothing().getAsBoolean()) {
                javafx.application.Platform.runLater(() -> askAgain(address, reason));
            } else {
                explain(messages.get("shared.openFailed"), reason);
            }
        });
    }

    private void askAgain(String address, String reason) {
        java.util.Optional<SharedProjectDialog.Answer> answer = SharedProjectDialog.ask(stage, messages, address,
                reason);
        if (answer.isPresent()) {
            openShared(answer.get().address(), answer.get().password());
        } else if (fallbackProject != null && window.showsNothing().getAsBoolean()) {
            open(fallbackProject);
        }
    }

    private String sharedReason(String address, Throwable failure) {
        return failure instanceof PgAddress.BadAddress bad
                ? messages.format("address." + bad.problem().name(), bad.shown())
                : failure instanceof StoreException se
                ? messages.sentence(se)
                : address + ": " + failure.getMessage();
    }

    private void fileFailed(Path file, Throwable failure) {
        String reason = files.reason(file, failure);
        // Fall back to the sample only when nothing is open yet; a failed File → Open keeps the current project.
        boolean canFallBack = fallbackProject != null && !file.equals(fallbackProject)
                && window.showsNothing().getAsBoolean();
        window.say().accept(reason);
        explain(messages.get("error.openFailed"), reason + (canFallBack ? "\n" + messages.get("error.fallback") : ""));
        if (canFallBack) {
            open(fallbackProject);
        }
    }

    private void explain(String header, String reason) {
        Alert alert = DialogButtons.alert(messages, Alert.AlertType.ERROR, "");
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(header);
        alert.setContentText(reason);
        alert.getDialogPane().setId("openErrorDialog");
        alert.show();
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
