package rectimap.ui.photos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.stage.Stage;
import rectimap.campaign.cases.ClosingEvidence;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.model.FeatureRef;
import rectimap.model.ProjectSettings;
import rectimap.ui.Messages;
import rectimap.ui.OpenProjectFile;
import rectimap.ui.map.MapViewModel;

/**
 * Wires photos into the window: the open project's {@link ProjectPhotos}, the identify panel's strip, the
 * before/after viewer, drops on the map and the closing rule (销号 needs a 整改后 photo unless the project's setting
 * {@value ClosingEvidence#SETTING} is {@code no}). FX application thread only.
 */
public final class PhotoPanels {
    private final Messages messages;
    private final Stage stage;
    private final PhotoStripView strip;
    private volatile ProjectPhotos photos = ProjectPhotos.none();
    private Consumer<String> onAttached = said -> { };
    /** Told the files of every batch attached (by a drop or by 放到要素上…), e.g. to take them off a list. */
    private final List<Consumer<List<Path>>> filesAttached = new ArrayList<>();
    private volatile ProjectSettings settings = ProjectSettings.inMemory(java.util.Map.of());

    public PhotoPanels(Messages messages, Stage stage, PhotoStripView strip, Function<FeatureRef, String> titleOf) {
        this.messages = messages;
        this.stage = stage;
        this.strip = strip;
        strip.setOnCompare(ref -> BeforeAfterViewer.show(stage, messages, photos, titleOf.apply(ref), photos.of(ref)));
    }

    /**
     * The closing rule's evidence, answered from the open project's photos (in memory); any thread may ask (the
     * import wizard checks an append off the FX thread).
     */
    public ClosingEvidence closingEvidence() {
        return ClosingEvidence.of(() -> settings.read(ClosingEvidence.SETTING),
                caseId -> photos.hasAfterPhoto(new FeatureRef(SupervisionCaseSchema.TABLE, caseId)));
    }

    /** A project was shown: its photos are read (off the FX thread) and the strip follows them. */
    public void projectStarted(OpenProjectFile file) {
        photos = new ProjectPhotos(file);
        settings = file.settings();
        ProjectPhotos these = photos;
        photos.setOnChange(() -> {
            if (these == photos) {
                strip.setPhotos(these);
            }
        });
        strip.setPhotos(photos);
        photos.reload();
    }

    /** The drop handler of the map: photos onto a feature, anything else to {@code otherwise}. */
    public PhotoDrop drop(MapViewModel model, Consumer<DragEvent> otherwise, Consumer<String> say) {
        return new PhotoDrop(messages, stage, model, () -> photos, otherwise, say, (files, feature, said) -> {
            strip.show(feature);
            onAttached.accept(said);
            List.copyOf(filesAttached).forEach(listener -> listener.accept(files));
        });
    }

    /**
     * Puts 导入照片文件夹… ({@code #menuPhotoFolder}) into the File menu of {@code menus}, after 导入…: the
     * window's folder import ({@link PhotoFolderDialog}); photos without GPS are then placed with a click on
     * {@code map} (the map canvas, whose pixels {@code model} answers for).
     */
    public void offerFolderImport(MenuBar menus, MapViewModel model, Node map, Consumer<String> say) {
        MenuItem item = new MenuItem(messages.get("photo.folder.menu"));
        item.setId("menuPhotoFolder");
        PhotoPlacing placing = new PhotoPlacing(messages, map, drop(model, event -> { }, say), say);
        PhotoFolderDialog[] dialog = new PhotoFolderDialog[1];
        item.setOnAction(e -> {
            if (dialog[0] == null) {
                dialog[0] = new PhotoFolderDialog(stage, messages, placing, filesAttached::add);
            }
            dialog[0].show(model::project, () -> photos, () -> onAttached.accept(null));
        });
        var items = menus.getMenus().get(0).getItems();
        int after = items.stream().map(MenuItem::getId).toList().indexOf("menuImport");
        items.add(after < 0 ? items.size() : after + 1, item);
    }

    /**
     * What the window does once photos are attached, given the sentence said about it (null when the folder import
     * tells it in its own dialog): show the new 照片 points (re-read the layers from the file).
     */
    public void setOnAttached(Consumer<String> shown) {
        onAttached = shown;
    }

    /** The photos of the open project. */
    public ProjectPhotos photos() {
        return photos;
    }
}
