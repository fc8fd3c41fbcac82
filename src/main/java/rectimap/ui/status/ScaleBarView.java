package rectimap.ui.status;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import rectimap.render.ScaleBar;

/** A small graphic scale bar (alternating black and white halves with the ground length) for the status bar. */
public final class ScaleBarView extends Canvas {
    private static final double MAX_BAR_PX = 120;
    private ScaleBar current;

    public ScaleBarView() {
        super(MAX_BAR_PX + 50, 22);
        setId("scaleBar");
    }

    /** Redraws for a map of {@code metresPerPixel}. */
    public void update(double metresPerPixel) {
        current = ScaleBar.fitting(metresPerPixel, MAX_BAR_PX);
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        double x = 4;
        double y = 13;
        double half = current.lengthUnits() / 2;
        gc.setFill(Color.BLACK);
        gc.fillRect(x, y, half, 4);
        gc.setFill(Color.WHITE);
        gc.fillRect(x + half, y, half, 4);
        gc.setStroke(Color.BLACK);
        gc.setLineWidth(1);
        gc.strokeRect(x, y, current.lengthUnits(), 4);
        gc.setFill(Color.BLACK);
        gc.setFont(Font.font(10));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("0", x, y - 1);
        gc.fillText(current.label(), x + current.lengthUnits() + 3, y + 6);
    }

    /** The bar drawn now (null before the first update). */
    public ScaleBar current() {
        return current;
    }
}
