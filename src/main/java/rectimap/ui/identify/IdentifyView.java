package rectimap.ui.identify;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import rectimap.campaign.identify.IdentifiedFeature;
import rectimap.campaign.identify.IdentifiedLayer;
import rectimap.campaign.identify.IdentifyRow;
import rectimap.model.FeatureRef;
import rectimap.model.LayerRole;
import rectimap.ui.Messages;
import rectimap.ui.photos.PhotoStripView;

/**
 * The identify panel: everything under the last click as a tree, as QGIS shows it — layer title, then its features,
 * then each feature's fields — top-most layer first. The first feature is picked (and expanded) when shown; picking
 * any line of another feature picks that one. Whoever listens ({@link #setOnPick}) highlights the picked feature.
 * FX application thread only.
 */
public final class IdentifyView extends VBox {
    private final Messages messages;
    private final TreeTableView<IdentifyLine> tree = new TreeTableView<>(new TreeItem<>());
    private final Button edit = new Button();
    private final PhotoStripView photos;
    private Consumer<FeatureRef> onPick = ref -> { };
    private BiConsumer<String, Long> onEdit = (table, id) -> { };
    private List<IdentifiedLayer> shown = List.of();
    private IdentifiedFeature picked;

    public IdentifyView(Messages messages) {
        this.messages = messages;
        setId("identifyPanel");
        getStyleClass().add("side-panel");
        Label title = new Label(messages.get("identify.title"));
        title.getStyleClass().add("panel-title");
        tree.setId("identifyTree");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label(messages.get("identify.hint")));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<IdentifyLine, String> labels = column("identify.field", IdentifyLine::label, 130);
        TreeTableColumn<IdentifyLine, String> values = column("identify.value", IdentifyLine::value, 150);
        // A narrow side panel must still show a whole figure ("113 km² · 170,101 亩 · 11,340 公顷") and a whole
        // group title ("Villages and communities (schematic)"): both columns wrap.
        labels.setCellFactory(WrappingCell::new);
        values.setCellFactory(WrappingCell::new);
        tree.getColumns().add(labels);
        tree.getColumns().add(values);
        tree.setRowFactory(t -> new LineRow());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> picked(now));
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label note = new Label(messages.labels().text("figure.note"));
        note.setId("identifyNote");
        note.setWrapText(true);
        note.getStyleClass().add("identify-note");
        edit.setId("btnEditAttributes");
        edit.setText(messages.get("identify.edit"));
        edit.setVisible(false);
        edit.setOnAction(e -> {
            if (picked != null) {
                onEdit.accept(picked.ref().tableName(), picked.ref().featureId());
            }
        });
        photos = new PhotoStripView(messages);
        getChildren().addAll(title, tree, note, edit, photos);
    }

    /** The picked feature's photos, below the tree. */
    public PhotoStripView photos() {
        return photos;
    }

    /** Where "编辑属性" sends the picked feature (table name, feature id); only planning features offer it. */
    public void setOnEdit(BiConsumer<String, Long> listener) {
        this.onEdit = listener;
    }

    /** Told the feature picked in the tree, or null when the tree was emptied. */
    public void setOnPick(Consumer<FeatureRef> listener) {
        this.onPick = listener;
    }

    /** Shows these groups (top-most layer first) and picks their first feature; an empty list clears the panel. */
    public void show(List<IdentifiedLayer> layers) {
        shown = List.copyOf(layers);
        picked = null;
        TreeItem<IdentifyLine> root = new TreeItem<>();
        TreeItem<IdentifyLine> first = null;
        for (IdentifiedLayer layer : shown) {
            TreeItem<IdentifyLine> layerItem = new TreeItem<>(new IdentifyLine(IdentifyLine.Kind.LAYER,
                    layer.title(), messages.format("identify.count", layer.features().size()), null));
            layerItem.setExpanded(true);
            for (IdentifiedFeature feature : layer.features()) {
                TreeItem<IdentifyLine> featureItem = new TreeItem<>(new IdentifyLine(IdentifyLine.Kind.FEATURE,
                        feature.caption().label(), feature.caption().value(), feature.ref()));
                for (IdentifyRow row : feature.rows()) {
                    featureItem.getChildren().add(new TreeItem<>(new IdentifyLine(IdentifyLine.Kind.FIELD,
                            row.label(), row.value(), feature.ref())));
                }
                layerItem.getChildren().add(featureItem);
                first = first == null ? featureItem : first;
            }
            root.getChildren().add(layerItem);
        }
        tree.setRoot(root);
        if (first == null) {
            edit.setVisible(false);
            photos.show(null);
            onPick.accept(null);
        } else {
            tree.getSelectionModel().select(first);
        }
    }

    /**
     * Adds, after the features, a group for a raster pixel under the click: {@code title} (the raster layer) with one
     * line per value (label, value), e.g. 红 200. Lines of a raster carry no feature: picking them picks nothing.
     */
    public void addRasterValues(String title, List<String[]> lines) {
        TreeItem<IdentifyLine> layerItem = new TreeItem<>(new IdentifyLine(IdentifyLine.Kind.LAYER, title,
                messages.get("identify.raster"), null));
        layerItem.setExpanded(true);
        for (String[] line : lines) {
            layerItem.getChildren().add(new TreeItem<>(new IdentifyLine(IdentifyLine.Kind.FIELD, line[0], line[1],
                    null)));
        }
        tree.getRoot().getChildren().add(layerItem);
    }

    /** Every line shown, top to bottom, as "label: value" (for tests and copy). */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<IdentifyLine> item, List<String> out) {
        for (TreeItem<IdentifyLine> child : item.getChildren()) {
            out.add(child.getValue().label() + ": " + child.getValue().value());
            collect(child, out);
        }
    }

    public void clear() {
        show(List.of());
    }

    /** Picks the line of this feature, as a click on it does; nothing when it is not listed. */
    public void pick(FeatureRef ref) {
        for (TreeItem<IdentifyLine> layer : tree.getRoot().getChildren()) {
            for (TreeItem<IdentifyLine> feature : layer.getChildren()) {
                if (ref.equals(feature.getValue().feature())) {
                    tree.getSelectionModel().select(feature);
                }
            }
        }
    }

    /** The groups shown now, top-most layer first. */
    public List<IdentifiedLayer> shown() {
        return shown;
    }

    /** The feature picked now, if any. */
    public Optional<IdentifiedFeature> picked() {
        return Optional.ofNullable(picked);
    }

    /** The rows of the picked feature (none when nothing is picked), for tests and copy. */
    public List<IdentifyRow> rows() {
        return picked == null ? List.of() : picked.rows();
    }

    private void picked(TreeItem<IdentifyLine> item) {
        FeatureRef ref = item == null || item.getValue() == null ? null : item.getValue().feature();
        if (ref == null || picked != null && picked.ref().equals(ref)) {
            return;
        }
        for (IdentifiedLayer layer : shown) {
            for (IdentifiedFeature feature : layer.features()) {
                if (feature.ref().equals(ref)) {
                    picked = feature;
                    edit.setVisible(layer.role() == LayerRole.PLANNING);
                }
            }
        }
        TreeItem<IdentifyLine> featureItem = item.getValue().kind() == IdentifyLine.Kind.FIELD ? item.getParent() : item;
        featureItem.setExpanded(true);
        photos.show(ref);
        onPick.accept(ref);
    }

    private TreeTableColumn<IdentifyLine, String> column(String titleKey,
            java.util.function.Function<IdentifyLine, String> text, double width) {
        TreeTableColumn<IdentifyLine, String> column = new TreeTableColumn<>(messages.get(titleKey));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : text.apply(c.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * A cell whose text wraps onto further lines instead of being cut off with "…" (a Text graphic: a wrapping
     * Labeled does not make its row taller).
     */
    private static final class WrappingCell extends TreeTableCell<IdentifyLine, String> {
        private static final double PADDING_PX = 8;
        private final Text text = new Text();
        /** In the tree's own column: the width of this line's level indent and disclosure arrow before the text. */
        private final DoubleProperty indent = new SimpleDoubleProperty();

        WrappingCell(TreeTableColumn<IdentifyLine, String> column) {
            // The column's width is known before the row is laid out, so the row is sized for the wrapped text.
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING_PX).subtract(indent));
            text.getStyleClass().add("identify-value");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // Where the skin put the text: after the arrow and the indent of this line's level (none for values).
            double before = Math.max(0, text.getLayoutX() - snappedLeftInset());
            if (getGraphic() == text && Math.abs(indent.get() - before) > 0.5) {
                indent.set(before);
            }
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            text.setText(empty || value == null ? "" : value);
            setGraphic(empty ? null : text);
        }
    }

    /** Styles layer and feature lines apart from field lines (theme.css: identify-layer, identify-feature). */
    private static final class LineRow extends TreeTableRow<IdentifyLine> {
        @Override
        protected void updateItem(IdentifyLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("identify-layer", "identify-feature");
            if (!empty && line != null && line.kind() != IdentifyLine.Kind.FIELD) {
                getStyleClass().add(line.kind() == IdentifyLine.Kind.LAYER ? "identify-layer" : "identify-feature");
            }
        }
    }
}
