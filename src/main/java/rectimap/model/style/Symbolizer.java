package rectimap.model.style;

/**
 * How one class of features is drawn. Areas use fill and stroke; lines use stroke (and casing when not
 * transparent, drawn wider underneath); points use the marker with fill and stroke. Sizes in millimetres.
 */
public record Symbolizer(Rgba fill, Rgba stroke, double strokeWidthMm, Rgba casing, double casingWidthMm,
                         MarkerShape marker, double markerSizeMm) {

    public static Symbolizer area(Rgba fill, Rgba stroke, double strokeWidthMm) {
        return new Symbolizer(fill, stroke, strokeWidthMm, Rgba.TRANSPARENT, 0, MarkerShape.NONE, 0);
    }

    public static Symbolizer line(Rgba stroke, double strokeWidthMm) {
        return new Symbolizer(Rgba.TRANSPARENT, stroke, strokeWidthMm, Rgba.TRANSPARENT, 0, MarkerShape.NONE, 0);
    }

    public static Symbolizer casedLine(Rgba stroke, double strokeWidthMm, Rgba casing, double casingWidthMm) {
        return new Symbolizer(Rgba.TRANSPARENT, stroke, strokeWidthMm, casing, casingWidthMm, MarkerShape.NONE, 0);
    }

    public static Symbolizer marker(MarkerShape shape, double sizeMm, Rgba fill, Rgba stroke) {
        return new Symbolizer(fill, stroke, 0.2, Rgba.TRANSPARENT, 0, shape, sizeMm);
    }
}
