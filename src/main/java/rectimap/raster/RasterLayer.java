package rectimap.raster;

import java.util.Objects;

/**
 * A raster shown on the map: the open {@code source}, where it was opened from ({@code location}: a file path or an
 * address, what the project keeps), whether it is shown and its opacity (0–1). Immutable; "with" methods copy.
 * Raster layers draw under every vector layer, the first of a list lowest.
 */
public record RasterLayer(String location, RasterSource source, boolean visible, double opacity) {

    public RasterLayer {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(source, "source");
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be within 0..1: " + opacity);
        }
    }

    public RasterLayer withVisible(boolean shown) {
        return new RasterLayer(location, source, shown, opacity);
    }

    public RasterLayer withOpacity(double newOpacity) {
        return new RasterLayer(location, source, visible, newOpacity);
    }

    /** Whether anything of it would be seen. */
    public boolean shows() {
        return visible && opacity > 0;
    }
}
