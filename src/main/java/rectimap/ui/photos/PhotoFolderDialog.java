package rectimap.ui.photos;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import rectimap.media.PhotoImportOptions;
import rectimap.media.PhotoProgress;
import rectimap.model.Project;
import rectimap.ui.Messages;

/**
 * 文件 → 导入照片文件夹… ({@code #photoFolderDialog}): the window's {@code photos --import DIR --within M}. The
 * folder ({@code #photoFolder}, {@code #photoFolderBrowse}), the link distance in metres ({@code #photoWithin}),
 * 开始导入 ({@code #photoImportStart}); while it runs a count ({@code #photoImportText}) and a bar
 * ({@code #photoImportBar}) and 取消 ({@code #photoImportCancel}: nothing of the batch is kept); at the end one
 * sentence ({@code #photoImportResult}, {@link FolderImportText}) and the photos without GPS to place
 * ({@link UnplacedPhotosView}). Bad pictures are left out and named, not fatal. The import runs off the FX thread
 * ({@link ProjectPhotos#importFolder}); the dialog is not modal, so photos can be placed on the map afterwards.
 * FX application thread only.
 */
final class PhotoFolderDialog {
    private final Stage stage = new Stage();
    private final Messages messages;
    private final TextField folder = new TextField();
    private final Spinner<Integer> within = new Spinner<>(0, 10_000, (int) PhotoImportOptions.DEFAULT_WITHIN_M, 10);
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label result = new Label();
    private final Button start;
    private final Button cancel;
    private final UnplacedPhotosView unplaced;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private boolean running;

    /** {@code attachedFiles} registers a listener told the files of every batch attached to a feature. */
    PhotoFolderDialog(Window owner, Messages messages, PhotoPlacing placing,
                      java.util.function.Consumer<java.util.function.Consumer<java.util.List<Path>>> attachedFiles) {
        this.messages = messages;
        folder.setId("photoFolder");
        folder.setPrefColumnCount(32);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button(messages.get("photo.folder.browse"));
        browse.setId("photoFolderBrowse");
        browse.setOnAction(e -> choose());
        within.setId("photoWithin");
        within.setEditable(true);
        within.setPrefWidth(100);
        Label hint = new Label(messages.get("photo.folder.withinHint"));
        hint.setWrapText(true);
        text.setId("photoImportText");
        bar.setId("photoImportBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        result.setId("photoImportResult");
        result.setWrapText(true);
        start = new Button(messages.get("photo.folder.start"));
        start.setId("photoImportStart");
        start.setDefaultButton(true);
        cancel = new Button(messages.get("photo.drop.cancel"));
        cancel.setId("photoImportCancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancel());
        Button close = new Button(messages.get("photo.folder.close"));
        close.setId("photoImportClose");
        close.setOnAction(e -> stage.close());
        unplaced = new UnplacedPhotosView(messages, placing);
        attachedFiles.accept(unplaced::attached);
        VBox root = new VBox(10, new HBox(8, new Label(messages.get("photo.folder.folder")), folder, browse),
                new HBox(8, new Label(messages.get("photo.folder.within")), within), hint, text, bar, result,
                unplaced, new HBox(8, start, cancel, close));
        root.setId("photoFolderDialog");
        root.setPadding(new Insets(14));
        root.setPrefWidth(620);
        stage.initOwner(owner);
        stage.setTitle(messages.get("photo.folder.title"));
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> cancel());
    }

    /** Shows the dialog; 开始导入 imports the chosen folder into the project open then, and tells {@code imported}. */
    void show(Supplier<Project> project, Supplier<ProjectPhotos> photos, Runnable imported) {
        start.setOnAction(e -> run(project.get(), photos.get(), imported));
        boolean first = !stage.isShowing() && Double.isNaN(stage.getX());
        stage.show();
        if (first) {
            keepTheMapCentreFree();
        }
        stage.toFront();
    }

    /** Bottom left of the window, over the layer list: the map's middle stays free for placing photos by a click. */
    private void keepTheMapCentreFree() {
        Window owner = stage.getOwner();
        stage.setX(owner.getX() + 16);
        stage.setY(Math.max(owner.getY(), owner.getY() + owner.getHeight() - stage.getHeight() - 48));
    }

    private void choose() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("photo.folder.title"));
        File now = new File(folder.getText().strip());
        if (now.isDirectory()) {
            chooser.setInitialDirectory(now);
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            folder.setText(chosen.getPath());
        }
    }

    private void run(Project project, ProjectPhotos photos, Runnable imported) {
        String typed = folder.getText().strip();
        if (project == null || typed.isEmpty() || !Files.isDirectory(Path.of(typed))) {
            result.setText(project == null ? messages.get("photo.folder.noProject") : typed.isEmpty()
                    ? messages.get("photo.folder.noFolder") : messages.format("photo.NOT_A_FOLDER", typed));
            return;
        }
        try {
            within.commitValue();
        } catch (RuntimeException notANumber) {
            within.getEditor().setText(String.valueOf(within.getValue()));
        }
        int metres = within.getValue();
        PhotoImportOptions options = PhotoImportOptions.defaults().within(metres)
                .with(PhotoImportOptions.BadPictures.LEAVE_OUT);
        cancelled.set(false);
        running(true);
        result.setText("");
        unplaced.show(java.util.List.of());
        photos.importFolder(project, Path.of(typed), options, progress()).whenComplete((outcome, failure) -> {
            running(false);
            if (failure == null) {
                result.setText(FolderImportText.of(messages, outcome, metres));
                unplaced.show(outcome.withoutPosition());
                imported.run();
            } else {
                result.setText(PhotoFailureText.of(messages, failure));
            }
            stage.sizeToScene();
        });
    }

    private void running(boolean now) {
        running = now;
        start.setDisable(now);
        cancel.setDisable(!now);
        folder.setDisable(now);
        within.setDisable(now);
        if (!now) {
            text.setText("");
        }
    }

    private void cancel() {
        if (running) {
            cancelled.set(true);
            cancel.setDisable(true);
            text.setText(messages.get("photo.folder.cancelling"));
        }
    }

    private PhotoProgress progress() {
        return new PhotoProgress() {
            @Override
            public void looked(int done, int total) {
                shown("photo.folder.looking", done, total);
            }

            @Override
            public void made(int done, int total) {
                shown("photo.folder.making", done, total);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private void shown(String key, int done, int total) {
        Platform.runLater(() -> {
            if (running && !cancelled.get()) {
                text.setText(messages.format(key, done, total));
                bar.setProgress(done / (double) Math.max(1, total));
            }
        });
    }
}
