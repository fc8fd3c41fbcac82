package rectimap.ui;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import rectimap.ui.map.MapViewModel;
import rectimap.ui.status.SavingStatusText;
import rectimap.ui.status.StatusBarView;
import rectimap.ui.tools.MapEditing;

/**
 * What the status line under the map follows: the scale and the position under the pointer as the view changes,
 * the editing tool and snapping, and, while a project is shown, when its steps wait to be written and why. The bar
 * itself ({@link StatusBarView}) only shows. FX thread, except the journal's reports, which hop over once.
 */
final class StatusLine {
    private final StatusBarView bar;
    private final Messages messages;
    private final MapViewModel model;
    /** Where the pointer last was over the map, in map pixels; null before it first moved there. */
    private Point2D pointer;
    /** The project whose saving state is shown; reports of an earlier one are dropped. */
    private LoadedProject shown;

    StatusLine(StatusBarView bar, Messages messages, MapViewModel model, MapEditing editing) {
        this.bar = bar;
        this.messages = messages;
        this.model = model;
        editing.addStateListener(() -> bar.showEditing(editing.toolStatus(), editing.snapping(),
                editing.snapper().tolerancePx()));
    }

    /** The view moved or zoomed: the scale, and the position a still pointer now points at. */
    void viewChanged() {
        bar.showScale(model.scaleDenominator(), model.viewport().metresPerPixel());
        // The map moved under a still pointer (keys, search, menus): the position it points at changed too.
        if (pointer != null) {
            pointerMoved(pointer.getX(), pointer.getY());
        }
    }

    /** The pointer is at {@code x, y} map pixels. */
    void pointerMoved(double x, double y) {
        pointer = new Point2D(x, y);
        bar.showCursor(model.lonLatAt(x, y), model.gridAt(x, y));
    }

    /** As long as {@code loaded} is shown, the bar says when its steps wait to be written and why. */
    void follow(LoadedProject loaded) {
        shown = loaded;
        if (loaded.journal() == null) {
            return;
        }
        SavingStatusText text = new SavingStatusText(messages);
        loaded.journal().addStatusListener(standing -> Platform.runLater(() -> {
            if (shown == loaded) {
                bar.showSaving(text.of(standing));
            }
        }));
    }

    /** The shown project was closed: nothing waits any more. */
    void closed() {
        shown = null;
        bar.showSaving("");
    }
}
