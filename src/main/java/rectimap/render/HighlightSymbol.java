package rectimap.render;

import rectimap.model.style.Symbolizer;

/** How highlighted features look (a magenta outline over a wide yellow halo), as a symbol for legends. */
public final class HighlightSymbol {

    private HighlightSymbol() {
    }

    /** The highlight as a cased line: the outline over the halo, widths in mm as the map draws them. */
    public static Symbolizer asLine() {
        return Symbolizer.casedLine(HighlightPainter.OUTLINE, HighlightPainter.OUTLINE_MM, HighlightPainter.HALO,
                HighlightPainter.HALO_MM);
    }
}
