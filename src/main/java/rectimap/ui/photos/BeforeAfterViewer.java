package rectimap.ui.photos;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import rectimap.media.BeforeAfterPair;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;
import rectimap.ui.Messages;

/**
 * 整改前 / 整改后 side by side ({@code #photoViewer}, {@code #photoBefore}, {@code #photoAfter}): the pair of
 * {@link BeforeAfterPair}, each picture as stored (upright: EXIF orientation was applied on import) fitted to its
 * half, captioned with time, place, who and file name. Esc closes. FX application thread only.
 */
public final class BeforeAfterViewer {
    private static final double SIDE_PX = 560;

    private BeforeAfterViewer() {
    }

    /** Opens the viewer for the photos of a feature titled {@code featureTitle}. */
    public static Stage show(Window owner, Messages messages, ProjectPhotos photos, String featureTitle,
                             java.util.List<Photo> list) {
        BeforeAfterPair pair = BeforeAfterPair.of(list);
        PhotoCaptions captions = new PhotoCaptions(messages);
        HBox sides = new HBox(12, side("photoBefore", messages, captions, photos, PhotoTag.BEFORE, pair.before()),
                side("photoAfter", messages, captions, photos, PhotoTag.AFTER, pair.after()));
        sides.setPadding(new Insets(12));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.format("photo.viewer.title", featureTitle));
        Scene scene = new Scene(sides);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        scene.getRoot().setId("photoViewer");
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static VBox side(String id, Messages messages, PhotoCaptions captions, ProjectPhotos photos, PhotoTag tag,
                             Optional<Photo> photo) {
        Label heading = new Label(captions.tag(tag));
        heading.getStyleClass().add("panel-title");
        ImageView view = new ImageView();
        view.setFitWidth(SIDE_PX);
        view.setFitHeight(SIDE_PX);
        view.setPreserveRatio(true);
        Label caption = new Label(photo.map(captions::full)
                .orElse(messages.format("photo.viewer.missing", captions.tag(tag))));
        caption.setWrapText(true);
        caption.setId(id + "Caption");
        photo.ifPresent(p -> photos.picture(p.id()).thenAccept(view::setImage));
        VBox side = new VBox(8, heading, view, caption);
        side.setId(id);
        side.setAlignment(Pos.TOP_CENTER);
        side.setPrefWidth(SIDE_PX);
        HBox.setHgrow(side, Priority.ALWAYS);
        return side;
    }
}
