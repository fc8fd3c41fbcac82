package rectimap.ui.photos;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import rectimap.media.Photo;
import rectimap.model.FeatureRef;
import rectimap.ui.Messages;

/**
 * The photos of the feature picked in identify: a thumbnail per photo ({@code #photoThumb-<id>}, its picture
 * {@code #photoThumbImage-<id>}) with its time and
 * tag, and 前后对比 ({@code #photoCompare}) opening the before/after viewer. Thumbnails load off the FX thread into
 * a slot of their final size, grey meanwhile; a feature without photos shows how to add some. FX application thread
 * only.
 */
public final class PhotoStripView extends VBox {
    private static final double THUMB_PX = 96;
    private final Messages messages;
    private final PhotoCaptions captions;
    private final FlowPane thumbs = new FlowPane(6, 6);
    private final Label none = new Label();
    private final Button compare = new Button();
    private ProjectPhotos photos = ProjectPhotos.none();
    private FeatureRef shown;
    private Consumer<FeatureRef> onCompare = ref -> { };

    public PhotoStripView(Messages messages) {
        this.messages = messages;
        this.captions = new PhotoCaptions(messages);
        setId("identifyPhotos");
        setSpacing(4);
        Label title = new Label(messages.get("photo.title"));
        title.getStyleClass().add("panel-subtitle");
        none.setId("photoNone");
        none.setWrapText(true);
        none.setText(messages.get("photo.strip.none"));
        thumbs.setId("photoThumbs");
        compare.setId("photoCompare");
        compare.setText(messages.get("photo.compare"));
        compare.setOnAction(e -> {
            if (shown != null) {
                onCompare.accept(shown);
            }
        });
        getChildren().addAll(title, thumbs, none, compare);
        show(null);
    }

    /** The photos of the open project (a new one after each open). */
    public void setPhotos(ProjectPhotos projectPhotos) {
        this.photos = projectPhotos;
        show(shown);
    }

    /** Where 前后对比 sends the feature. */
    public void setOnCompare(Consumer<FeatureRef> listener) {
        this.onCompare = listener;
    }

    /**
     * The thumbnail's place, sized from the stored picture's own size and grey until the thumbnail arrives: the strip
     * is laid out once, and the arriving picture only repaints its slot.
     */
    private static StackPane slot(Photo photo, ImageView view) {
        double w = Math.max(1, photo.widthPx());
        double h = Math.max(1, photo.heightPx());
        double scale = THUMB_PX / Math.max(w, h);
        StackPane slot = new StackPane(view);
        slot.getStyleClass().add("photo-thumb-slot");
        slot.setMinSize(Math.round(w * scale), Math.round(h * scale));
        slot.setPrefSize(slot.getMinWidth(), slot.getMinHeight());
        slot.setMaxSize(slot.getMinWidth(), slot.getMinHeight());
        return slot;
    }

    /** Shows the photos of {@code feature} (null: nothing picked). */
    public void show(FeatureRef feature) {
        shown = feature;
        thumbs.getChildren().clear();
        List<Photo> list = feature == null ? List.of() : photos.of(feature);
        none.setVisible(feature != null && list.isEmpty());
        none.setManaged(none.isVisible());
        compare.setVisible(!list.isEmpty());
        compare.setManaged(compare.isVisible());
        setVisible(feature != null);
        setManaged(isVisible());
        for (Photo photo : list) {
            ImageView view = new ImageView();
            view.setFitWidth(THUMB_PX);
            view.setFitHeight(THUMB_PX);
            view.setPreserveRatio(true);
            view.setId("photoThumbImage-" + photo.id());
            Label caption = new Label(captions.brief(photo), slot(photo, view));
            caption.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            caption.setAlignment(Pos.CENTER);
            caption.setId("photoThumb-" + photo.id());
            caption.setTooltip(new Tooltip(captions.full(photo)));
            caption.setOnMouseClicked(e -> onCompare.accept(feature));
            thumbs.getChildren().add(caption);
            ThumbnailTrace.asked(photo.id());
            photos.thumbnail(photo.id()).thenAccept(image -> {
                if (feature.equals(shown)) {
                    view.setImage(image);
                    ThumbnailTrace.set(photo.id(), thumbs);
                }
            });
        }
    }
}
