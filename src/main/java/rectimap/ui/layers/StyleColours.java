package rectimap.ui.layers;

import javafx.scene.paint.Color;
import rectimap.model.style.Rgba;

/**
 * Between the style's colours and JavaFX's. JavaFX keeps channels as floats, so a colour the user did not touch is
 * taken back as the original {@link Rgba} (exactly), not converted there and back. Pure.
 */
final class StyleColours {
    private StyleColours() {
    }

    static Color toFx(Rgba colour) {
        return Color.rgb(colour.red(), colour.green(), colour.blue(), colour.alpha());
    }

    /** {@code picked}, or {@code original} itself when {@code picked} is still {@link #toFx}{@code (original)}. */
    static Rgba fromFx(Color picked, Rgba original) {
        if (picked.equals(toFx(original))) {
            return original;
        }
        return new Rgba((int) Math.round(picked.getRed() * 255), (int) Math.round(picked.getGreen() * 255),
                (int) Math.round(picked.getBlue() * 255), Math.round(picked.getOpacity() * 1000) / 1000.0);
    }
}
