package rectimap.ui;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import rectimap.campaign.identify.IdentifiedLayer;
import rectimap.model.FeatureRef;
import rectimap.render.Viewport;
import rectimap.ui.identify.IdentifyView;
import rectimap.ui.map.MapCanvasView;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.raster.RasterActions;
import rectimap.ui.search.SearchBoxView;
import rectimap.ui.tools.MapEditing;
import rectimap.ui.tools.ToolKind;

/**
 * What the identify panel shows and what a pick in it does: a click on the map lists every feature (and raster
 * value) under it and brings 查询 to the front; a place found by the search is zoomed to and listed; a feature picked
 * in the list becomes the selection under the select tool, or is highlighted otherwise. FX thread.
 */
final class IdentifyActions {
    private final MapViewModel model;
    private final MapEditing editing;

    private IdentifyActions(MapViewModel model, MapEditing editing) {
        this.model = model;
        this.editing = editing;
    }

    /** Wires {@code identify} to clicks on {@code map}, picks in {@code search} and the editing tools. */
    static void wire(Messages messages, MapViewModel model, MapCanvasView map, IdentifyView identify,
                     RasterActions rasters, SearchBoxView search, MapEditing editing, Runnable showIdentifyTab) {
        IdentifyActions actions = new IdentifyActions(model, editing);
        map.setOnIdentify(found -> {
            identify.show(found.stream().map(hits -> IdentifiedLayer.of(hits.layer().info(), hits.features(),
                    messages.labels())).toList());
            Viewport view = model.viewport();
            Point2D click = map.pressedAt();
            rasters.valuesAt(view.toMapX(click.getX()), view.toMapY(click.getY()), pixels -> pixels
                    .forEach(values -> identify.addRasterValues(values.title(), values.lines())));
            showIdentifyTab.run();
        });
        identify.setOnPick(actions::highlight);
        identify.setOnEdit(editing::editAttributes);
        search.setOnPick(p -> {
            model.zoomToAndHighlight(p.ref(), p.geometry());
            model.project().layer(p.ref().tableName()).ifPresent(layer -> layer.layer()
                    .feature(p.ref().featureId()).ifPresent(f -> identify.show(List.of(
                            IdentifiedLayer.of(layer.info(), List.of(f), messages.labels())))));
        });
    }

    /**
     * The feature picked in the identify panel: with the select tool it becomes the selection (so the highlight is
     * always what an edit acts on), otherwise it is highlighted; null (nothing under the click) clears the highlight.
     */
    private void highlight(FeatureRef ref) {
        if (editing.toolKind() == ToolKind.SELECT) {
            if (ref != null) {
                editing.selectOnly(ref);
            }
        } else {
            model.highlight(ref == null ? Set.of() : Set.of(ref));
        }
    }
}
