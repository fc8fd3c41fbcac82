package rectimap.ui.photos;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import rectimap.ui.Messages;

/**
 * The photos a folder import left for the user to place (no GPS position), {@code #photoUnplaced}: selected ones are
 * placed by 放到要素上… ({@code #photoPlace}) and a click on the feature ({@link PhotoPlacing}), or dragged onto a
 * feature of the map (the map's photo drop attaches them). A photo attached either way leaves the list
 * ({@link #attached}). Hidden while empty. FX
 * application thread only.
 */
final class UnplacedPhotosView extends VBox {
    private final ListView<Path> list = new ListView<>();

    UnplacedPhotosView(Messages messages, PhotoPlacing placing) {
        super(6);
        Label title = new Label(messages.get("photo.folder.unplaced"));
        title.setWrapText(true);
        list.setId("photoUnplaced");
        list.setPrefHeight(120);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new DraggedCell());
        Button place = new Button(messages.get("photo.folder.place"));
        place.setId("photoPlace");
        place.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        place.setOnAction(e -> placing.place(List.copyOf(list.getSelectionModel().getSelectedItems())));
        getChildren().addAll(title, list, place);
        managedProperty().bind(visibleProperty());
        show(List.of());
    }

    /** Lists {@code photos} (replacing what was listed). */
    void show(List<Path> photos) {
        list.getItems().setAll(photos);
        list.getSelectionModel().clearSelection();
        if (!photos.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        setVisible(!photos.isEmpty());
    }

    /**
     * These files were attached to a feature (placed by a click, or dragged from here or a file manager onto it):
     * the ones listed leave the list.
     */
    void attached(List<Path> files) {
        java.util.Set<Path> placed = new java.util.HashSet<>();
        files.forEach(file -> placed.add(file.toAbsolutePath().normalize()));
        list.getItems().removeIf(file -> placed.contains(file.toAbsolutePath().normalize()));
        setVisible(!list.getItems().isEmpty());
    }

    /** A row showing the file name; dragging it offers the selected files, as a file manager would. */
    private final class DraggedCell extends ListCell<Path> {
        DraggedCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putFiles(list.getSelectionModel().getSelectedItems().stream().map(Path::toFile)
                        .map(File::getAbsoluteFile).toList());
                board.setContent(content);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.getFileName().toString());
        }
    }
}
