package rectimap.ui.photos;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import rectimap.media.PhotoProgress;
import rectimap.ui.Messages;

/**
 * The progress of photos being attached ({@code #photoAttachProgress}): "正在添加照片 3/40…", a bar and 取消
 * ({@code #photoCancel}), which stops the batch so that nothing of it is kept. Made and closed on the FX thread; the
 * {@link PhotoProgress} it hands out is told from the import's threads.
 */
final class AttachProgressDialog {
    private final Stage stage = new Stage();
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    AttachProgressDialog(Window owner, Messages messages, int total) {
        text.setId("photoAttachText");
        text.setText(messages.format("photo.drop.progress", 0, total));
        bar.setPrefWidth(320);
        Button cancel = new Button(messages.get("photo.drop.cancel"));
        cancel.setId("photoCancel");
        cancel.setOnAction(e -> {
            cancelled.set(true);
            cancel.setDisable(true);
        });
        VBox root = new VBox(10, text, bar, cancel);
        root.setId("photoAttachProgress");
        root.setPadding(new Insets(14));
        stage.initOwner(owner);
        stage.setTitle(messages.get("photo.title"));
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> cancelled.set(true));
        progress = new PhotoProgress() {
            @Override
            public void made(int done, int all) {
                Platform.runLater(() -> {
                    text.setText(messages.format("photo.drop.progress", done, all));
                    bar.setProgress(done / (double) Math.max(1, all));
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private final PhotoProgress progress;

    PhotoProgress progress() {
        return progress;
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }
}
