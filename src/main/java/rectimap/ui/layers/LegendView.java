package rectimap.ui.layers;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import rectimap.campaign.FieldLabels;
import rectimap.model.GeometryKind;
import rectimap.model.style.LegendRow;
import rectimap.ui.FxFonts;

/**
 * The classes of one layer's style as rows of swatch and title ({@code #legendRow-<table>-<n>}, n from 0 in legend
 * order; the swatch is {@code #legendSwatch-<table>-<n>}), each titled in the window's language by
 * {@link FieldLabels#classTitle}; a title longer than the panel is wide wraps. FX thread only.
 */
final class LegendView extends VBox {

    LegendView(String tableName, List<LegendRow> rows, GeometryKind kind, FieldLabels labels, FxFonts fonts) {
        super(1);
        setId("layerLegend-" + tableName);
        getStyleClass().add("layer-legend");
        for (int n = 0; n < rows.size(); n++) {
            LegendRow row = rows.get(n);
            LegendSwatchView swatch = new LegendSwatchView(row.symbol(), kind, fonts);
            swatch.setId("legendSwatch-" + tableName + "-" + n);
            Label title = new Label(labels.classTitle(row.title()));
            title.getStyleClass().add(row.kind() == LegendRow.Kind.EMPHASIS ? "legend-emphasis" : "legend-class");
            // A long class ("Demolished by the owner") wraps inside the panel instead of being cut with "…".
            title.setWrapText(true);
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox line = new HBox(6, swatch, title);
            line.setId("legendRow-" + tableName + "-" + n);
            line.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(line);
        }
    }
}
