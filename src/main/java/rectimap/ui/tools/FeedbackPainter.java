package rectimap.ui.tools;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import rectimap.render.Viewport;
import rectimap.tool.DisplayPoint;
import rectimap.tool.ToolFeedback;

/**
 * Draws a tool's feedback (the shape being drawn, a selection box, vertex handles, the snap marker, where a problem
 * is) on the transparent overlay canvas above the map, so drawing never repaints the map itself. FX thread only.
 */
public final class FeedbackPainter {
    private static final Color RUBBER = Color.rgb(0, 120, 215);
    private static final Color RUBBER_FILL = Color.rgb(0, 120, 215, 0.15);
    private static final Color SNAP = Color.MAGENTA;
    private static final Color PROBLEM = Color.rgb(220, 0, 0);
    private static final double HANDLE_PX = 7;

    private FeedbackPainter() {
    }

    public static void paint(Canvas overlay, Viewport view, ToolFeedback feedback) {
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineDashes((double[]) null);
        for (Geometry geometry : feedback.rubberBand()) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                shape(gc, view, geometry.getGeometryN(i));
            }
        }
        gc.setStroke(RUBBER);
        gc.setFill(Color.WHITE);
        gc.setLineWidth(1.5);
        for (DisplayPoint handle : feedback.handles()) {
            double x = view.toScreenX(handle.x()) - HANDLE_PX / 2;
            double y = view.toScreenY(handle.y()) - HANDLE_PX / 2;
            gc.fillRect(x, y, HANDLE_PX, HANDLE_PX);
            gc.strokeRect(x, y, HANDLE_PX, HANDLE_PX);
        }
        if (feedback.snap() != null) {
            double x = view.toScreenX(feedback.snap().point().x());
            double y = view.toScreenY(feedback.snap().point().y());
            gc.setStroke(SNAP);
            gc.setLineWidth(2);
            gc.strokeOval(x - 7, y - 7, 14, 14);
            gc.strokeLine(x - 10, y, x + 10, y);
            gc.strokeLine(x, y - 10, x, y + 10);
        }
        if (feedback.problem() != null && feedback.problem().location() != null) {
            double x = view.toScreenX(feedback.problem().location().x());
            double y = view.toScreenY(feedback.problem().location().y());
            gc.setStroke(PROBLEM);
            gc.setLineWidth(3);
            gc.strokeOval(x - 12, y - 12, 24, 24);
            gc.strokeLine(x - 8, y - 8, x + 8, y + 8);
            gc.strokeLine(x - 8, y + 8, x + 8, y - 8);
        }
    }

    private static void shape(GraphicsContext gc, Viewport view, Geometry part) {
        gc.setStroke(RUBBER);
        gc.setLineWidth(2);
        if (part instanceof Point point) {
            gc.setFill(RUBBER);
            gc.fillOval(view.toScreenX(point.getX()) - 5, view.toScreenY(point.getY()) - 5, 10, 10);
            return;
        }
        gc.beginPath();
        if (part instanceof Polygon polygon) {
            trace(gc, view, polygon.getExteriorRing().getCoordinates(), true);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                trace(gc, view, polygon.getInteriorRingN(h).getCoordinates(), true);
            }
            gc.setFill(RUBBER_FILL);
            gc.fill();
        } else if (part instanceof LineString line) {
            trace(gc, view, line.getCoordinates(), false);
        }
        gc.stroke();
    }

    private static void trace(GraphicsContext gc, Viewport view, Coordinate[] ring, boolean close) {
        for (int i = 0; i < ring.length; i++) {
            double x = view.toScreenX(ring[i].x);
            double y = view.toScreenY(ring[i].y);
            if (i == 0) {
                gc.moveTo(x, y);
            } else {
                gc.lineTo(x, y);
            }
        }
        if (close) {
            gc.closePath();
        }
    }
}
