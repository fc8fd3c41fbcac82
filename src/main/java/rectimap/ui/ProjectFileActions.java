package rectimap.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import rectimap.model.StoreException;

/**
 * The File menu's work on project files: open, new project (the district map's reference layers with empty planning
 * layers), Save As. Disk work runs in the background; results and problems are told through {@code say}.
 */
final class ProjectFileActions {
    private final Stage stage;
    private final Messages messages;
    private final ProjectLoader loader;
    private final Path districtFile;
    private final Supplier<LoadedProject> current;
    private final Consumer<Path> open;
    private final Consumer<String> say;

    ProjectFileActions(Stage stage, Messages messages, ProjectLoader loader, Path districtFile,
                       Supplier<LoadedProject> current, Consumer<Path> open, Consumer<String> say) {
        this.stage = stage;
        this.messages = messages;
        this.loader = loader;
        this.districtFile = districtFile;
        this.current = current;
        this.open = open;
        this.say = say;
    }

    /** File → 打开. */
    void chooseAndOpen() {
        java.io.File chosen = gpkgChooser("menu.file.open").showOpenDialog(stage);
        if (chosen != null) {
            open.accept(chosen.toPath());
        }
    }

    /** File → 新建项目: a new project file with the sample district's reference layers and empty planning layers. */
    void newProject() {
        FileChooser chooser = gpkgChooser("menu.file.new");
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path target = withGpkgExtension(chosen.toPath());
        Path district = chooseDistrict();
        if (district == null) {
            return;
        }
        OneShotTask.start("project-files", () -> loader.create(target, district), open::accept,
                failure -> say.accept(reason(target, failure)));
    }

    /** File → 另存为: a consistent copy of the open project (every edit so far); editing stays on this file. */
    void saveAs() {
        if (current.get() == null) {
            return;
        }
        java.io.File chosen = gpkgChooser("menu.file.saveAs").showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path target = withGpkgExtension(chosen.toPath());
        current.get().file().saveAs(target).whenComplete((ok, failure) -> javafx.application.Platform.runLater(() ->
                say.accept(failure == null ? messages.format("status.savedAs", target)
                        : reason(target, failure.getCause() != null ? failure.getCause() : failure))));
    }

    /** The district map of the new project: the built-in sample's, or a GeoPackage the user picks; null to cancel. */
    private Path chooseDistrict() {
        javafx.scene.control.ButtonType sample = new javafx.scene.control.ButtonType(messages.get("new.useSample"));
        javafx.scene.control.ButtonType other = new javafx.scene.control.ButtonType(messages.get("new.chooseDistrict"));
        javafx.scene.control.Alert ask = DialogButtons.alert(messages, javafx.scene.control.Alert.AlertType.NONE,
                messages.get("new.districtQuestion"), sample, other, DialogButtons.cancel(messages));
        ask.initOwner(stage);
        ask.getDialogPane().setId("newProjectDistrict");
        var answer = ask.showAndWait().orElse(null);
        if (answer == sample) {
            return districtFile;
        }
        if (answer == other) {
            java.io.File picked = gpkgChooser("new.chooseDistrict").showOpenDialog(stage);
            return picked == null ? null : picked.toPath();
        }
        return null;
    }

    private FileChooser gpkgChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoPackage (*.gpkg)", "*.gpkg"));
        return chooser;
    }

    private static Path withGpkgExtension(Path chosen) {
        return chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".gpkg");
    }

    String reason(Path file, Throwable failure) {
        return failure instanceof StoreException se
                ? messages.withDatabaseReason(messages.format("store." + se.problem().name(), file, se.subject()), se)
                : file + ": " + failure.getMessage();
    }
}
