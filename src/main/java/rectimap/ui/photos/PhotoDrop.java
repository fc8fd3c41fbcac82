package rectimap.ui.photos;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.DragEvent;
import javafx.stage.Window;
import rectimap.media.PhotoFiles;
import rectimap.media.PhotoImportOutcome;
import rectimap.media.PhotoLayer;
import rectimap.model.FeatureRef;
import rectimap.render.FeaturesUnder;
import rectimap.ui.Messages;
import rectimap.ui.map.MapViewModel;

/**
 * Photo files dropped on a feature of the map are attached to it (one batch, with progress and cancel); any other
 * drop goes on to the import ({@code otherwise}). Photos dropped where no feature is are refused with how to do it.
 * FX application thread only.
 */
public final class PhotoDrop {
    private final Messages messages;
    private final Window owner;
    private final MapViewModel model;
    private final Supplier<ProjectPhotos> photos;
    private final Consumer<DragEvent> otherwise;
    private final Consumer<String> say;
    private final Attached attached;

    /** Told (FX thread) once photo files were attached to a feature, with the sentence said about it. */
    @FunctionalInterface
    public interface Attached {
        void attached(List<Path> files, FeatureRef feature, String said);
    }

    public PhotoDrop(Messages messages, Window owner, MapViewModel model, Supplier<ProjectPhotos> photos,
                     Consumer<DragEvent> otherwise, Consumer<String> say, Attached attached) {
        this.messages = messages;
        this.owner = owner;
        this.model = model;
        this.photos = photos;
        this.otherwise = otherwise;
        this.say = say;
        this.attached = attached;
    }

    /** Handles a drop on the map at the event's map coordinates. */
    public void onDragDropped(DragEvent event) {
        List<Path> files = event.getDragboard().hasFiles()
                ? event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList() : List.of();
        if (files.isEmpty() || !files.stream().allMatch(PhotoFiles::looksLikePhoto)) {
            otherwise.accept(event);
            return;
        }
        event.setDropCompleted(true);
        event.consume();
        Optional<FeatureRef> target = featureAt(event.getX(), event.getY());
        if (target.isEmpty()) {
            say.accept(messages.get("photo.drop.noFeature"));
            return;
        }
        attach(files, target.get());
    }

    /**
     * Attaches {@code files} to {@code feature}, showing progress; says how it went, and once attached tells
     * {@code attached} (given at construction) the files, the feature and the sentence said. The answer completes on the FX
     * thread once it is told (failed when the batch was not taken).
     */
    public CompletableFuture<PhotoImportOutcome> attach(List<Path> files, FeatureRef feature) {
        AttachProgressDialog dialog = new AttachProgressDialog(owner, messages, files.size());
        dialog.show();
        return photos.get().attach(model.project(), files, feature, dialog.progress()).whenComplete(
                (outcome, failure) -> {
            dialog.close();
            if (failure == null) {
                String said = messages.format(outcome.duplicates().isEmpty() ? "photo.drop.done"
                        : "photo.drop.doneSkipped", outcome.stored(), outcome.duplicates().size());
                say.accept(said);
                attached.attached(files, feature, said);
            } else {
                say.accept(PhotoFailureText.of(messages, failure));
            }
        });
    }

    /** The top-most feature under the point (map pixels), the 照片 layer's own points left out. */
    Optional<FeatureRef> featureAt(double x, double y) {
        for (FeaturesUnder.LayerHits hits : model.featuresAt(x, y)) {
            if (!hits.layer().tableName().equals(PhotoLayer.TABLE) && !hits.features().isEmpty()) {
                return Optional.of(new FeatureRef(hits.layer().tableName(), hits.features().get(0).id()));
            }
        }
        return Optional.empty();
    }
}
