package rectimap.model.style;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the layer style dialog edits, a small part of a {@link LayerStyle}: fill colour (its alpha is the fill
 * opacity), outline colour and width in mm, point symbol size in mm, the label field (null: no labels) and, for a
 * classified style, whether the classes keep their colours. Applied with {@link #applyTo}, which changes only what
 * differs from {@link #of} the style, so opening the dialog and pressing OK changes nothing. Immutable.
 */
public record StyleChoice(Rgba fill, Rgba outline, double outlineWidthMm, double pointSizeMm, String labelField,
                          ClassColouring colouring) {
    /** How far labels switched on in the dialog show: every scale up to 1:1,000,000 (the whole district). */
    public static final double NEW_LABEL_MAX_SCALE = 1_000_000;
    /** The text size of labels switched on in the dialog, mm. */
    public static final double NEW_LABEL_SIZE_MM = 3.0;

    public StyleChoice {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(colouring, "colouring");
        if (!(outlineWidthMm >= 0) || !(pointSizeMm >= 0)) {
            throw new IllegalArgumentException("sizes must be 0 mm or more: " + outlineWidthMm + ", " + pointSizeMm);
        }
    }

    /** The choices as {@code style} has them now (from its base symbol). */
    public static StyleChoice of(LayerStyle style) {
        Symbolizer base = style.base();
        return new StyleChoice(base.fill(), base.stroke(), base.strokeWidthMm(), base.markerSizeMm(),
                style.labelRule().map(LabelRule::field).orElse(null),
                style.classes().isEmpty() ? ClassColouring.SINGLE : ClassColouring.BY_CLASS);
    }

    /**
     * {@code style} with what this choice changes relative to {@link #of}{@code (style)}: a changed outline, width or
     * point size goes to the base and every class symbol; a changed fill colour to the base, its opacity to the
     * classes too; emphases stay. Labels keep their look when only the field changes.
     */
    public LayerStyle applyTo(LayerStyle style) {
        StyleChoice was = of(style);
        Symbolizer base = changed(style.base(), was, fill.equals(was.fill) ? null : fill);
        Map<String, Symbolizer> classes = new LinkedHashMap<>();
        String classField = style.classField();
        if (colouring == ClassColouring.SINGLE) {
            classField = style.classes().isEmpty() ? classField : null;
        } else {
            boolean opacityChanged = fill.alpha() != was.fill.alpha();
            style.classes().forEach((value, symbol) -> classes.put(value, changed(symbol, was,
                    opacityChanged ? symbol.fill().withAlpha(fill.alpha()) : null)));
        }
        return new LayerStyle(base, classField, classes, label(style, was), style.emphases(), style.classTitles());
    }

    /** {@code symbol} with this choice's changes; {@code newFill} null keeps its fill. */
    private Symbolizer changed(Symbolizer symbol, StyleChoice was, Rgba newFill) {
        return new Symbolizer(newFill == null ? symbol.fill() : newFill,
                outline.equals(was.outline) ? symbol.stroke() : outline,
                outlineWidthMm == was.outlineWidthMm ? symbol.strokeWidthMm() : outlineWidthMm,
                symbol.casing(), symbol.casingWidthMm(), symbol.marker(),
                pointSizeMm == was.pointSizeMm ? symbol.markerSizeMm() : pointSizeMm);
    }

    private LabelRule label(LayerStyle style, StyleChoice was) {
        if (Objects.equals(labelField, was.labelField)) {
            return style.label();
        }
        if (labelField == null) {
            return null;
        }
        LabelRule old = style.label();
        return old == null
                ? new LabelRule(labelField, NEW_LABEL_MAX_SCALE, NEW_LABEL_SIZE_MM, Rgba.hex("#1a1a1a"),
                        Rgba.WHITE.withAlpha(0.9), 50)
                : new LabelRule(labelField, old.maxScaleDenominator(), old.sizeMm(), old.color(), old.halo(),
                        old.priority());
    }
}
